package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.Members;
import io.migsh.runtime.ScriptBlock;
import io.migsh.runtime.TypeNames;
import io.migsh.runtime.WildcardPattern;
import java.util.regex.Pattern;

/** Where-Object: keeps the input objects a script block or a simplified comparison (Where Status -eq Failed) accepts. */
@CmdletInfo(verb = "Where", noun = "Object", aliases = {"where", "?"}, defaultParameterSet = "EqualSet")
public class WhereObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    Object inputObject;
    @Parameter(position = 0, mandatory = true, sets = "ScriptBlockSet")
    ScriptBlock filterScript;
    @Parameter(position = 0, mandatory = true, sets = {"EqualSet", "CaseSensitiveEqualSet", "NotEqualSet",
        "CaseSensitiveNotEqualSet", "GreaterThanSet", "CaseSensitiveGreaterThanSet", "LessThanSet",
        "CaseSensitiveLessThanSet", "GreaterOrEqualSet", "CaseSensitiveGreaterOrEqualSet", "LessOrEqualSet",
        "CaseSensitiveLessOrEqualSet", "LikeSet", "CaseSensitiveLikeSet", "NotLikeSet", "CaseSensitiveNotLikeSet",
        "MatchSet", "CaseSensitiveMatchSet", "NotMatchSet", "CaseSensitiveNotMatchSet", "ContainsSet",
        "CaseSensitiveContainsSet", "NotContainsSet", "CaseSensitiveNotContainsSet", "InSet", "CaseSensitiveInSet",
        "NotInSet", "CaseSensitiveNotInSet", "IsSet", "IsNotSet", "Not"})
    String property;
    @Parameter(position = 1, sets = {"EqualSet", "CaseSensitiveEqualSet", "NotEqualSet",
        "CaseSensitiveNotEqualSet", "GreaterThanSet", "CaseSensitiveGreaterThanSet", "LessThanSet",
        "CaseSensitiveLessThanSet", "GreaterOrEqualSet", "CaseSensitiveGreaterOrEqualSet", "LessOrEqualSet",
        "CaseSensitiveLessOrEqualSet", "LikeSet", "CaseSensitiveLikeSet", "NotLikeSet", "CaseSensitiveNotLikeSet",
        "MatchSet", "CaseSensitiveMatchSet", "NotMatchSet", "CaseSensitiveNotMatchSet", "ContainsSet",
        "CaseSensitiveContainsSet", "NotContainsSet", "CaseSensitiveNotContainsSet", "InSet", "CaseSensitiveInSet",
        "NotInSet", "CaseSensitiveNotInSet", "IsSet", "IsNotSet"})
    Object value;
    @Parameter(name = "EQ", aliases = "IEQ", sets = "EqualSet") boolean eq;
    @Parameter(name = "CEQ", sets = "CaseSensitiveEqualSet") boolean ceq;
    @Parameter(name = "NE", aliases = "INE", sets = "NotEqualSet") boolean ne;
    @Parameter(name = "CNE", sets = "CaseSensitiveNotEqualSet") boolean cne;
    @Parameter(name = "GT", aliases = "IGT", sets = "GreaterThanSet") boolean gt;
    @Parameter(name = "CGT", sets = "CaseSensitiveGreaterThanSet") boolean cgt;
    @Parameter(name = "LT", aliases = "ILT", sets = "LessThanSet") boolean lt;
    @Parameter(name = "CLT", sets = "CaseSensitiveLessThanSet") boolean clt;
    @Parameter(name = "GE", aliases = "IGE", sets = "GreaterOrEqualSet") boolean ge;
    @Parameter(name = "CGE", sets = "CaseSensitiveGreaterOrEqualSet") boolean cge;
    @Parameter(name = "LE", aliases = "ILE", sets = "LessOrEqualSet") boolean le;
    @Parameter(name = "CLE", sets = "CaseSensitiveLessOrEqualSet") boolean cle;
    @Parameter(name = "Like", aliases = "ILike", sets = "LikeSet") boolean like;
    @Parameter(name = "CLike", sets = "CaseSensitiveLikeSet") boolean clike;
    @Parameter(name = "NotLike", aliases = "INotLike", sets = "NotLikeSet") boolean notLike;
    @Parameter(name = "CNotLike", sets = "CaseSensitiveNotLikeSet") boolean cnotLike;
    @Parameter(name = "Match", aliases = "IMatch", sets = "MatchSet") boolean match;
    @Parameter(name = "CMatch", sets = "CaseSensitiveMatchSet") boolean cmatch;
    @Parameter(name = "NotMatch", aliases = "INotMatch", sets = "NotMatchSet") boolean notMatch;
    @Parameter(name = "CNotMatch", sets = "CaseSensitiveNotMatchSet") boolean cnotMatch;
    @Parameter(name = "Contains", aliases = "IContains", sets = "ContainsSet") boolean contains;
    @Parameter(name = "CContains", sets = "CaseSensitiveContainsSet") boolean ccontains;
    @Parameter(name = "NotContains", aliases = "INotContains", sets = "NotContainsSet") boolean notContains;
    @Parameter(name = "CNotContains", sets = "CaseSensitiveNotContainsSet") boolean cnotContains;
    @Parameter(name = "In", aliases = "IIn", sets = "InSet") boolean in;
    @Parameter(name = "CIn", sets = "CaseSensitiveInSet") boolean cin;
    @Parameter(name = "NotIn", aliases = "INotIn", sets = "NotInSet") boolean notIn;
    @Parameter(name = "CNotIn", sets = "CaseSensitiveNotInSet") boolean cnotIn;
    @Parameter(name = "Is", sets = "IsSet") boolean is;
    @Parameter(name = "IsNot", sets = "IsNotSet") boolean isNot;
    @Parameter(name = "Not", sets = "Not") boolean not;

    @Override
    protected void process() {
        if (accepts()) writeObject(inputObject);
    }

    private boolean accepts() {
        if (filterScript != null) return LanguagePrimitives.toBool(filterScript.invokeForValue(inputObject));
        Object left = Members.get(inputObject, property);
        String set = parameterSetName();
        boolean cs = set.startsWith("CaseSensitive");
        String op = cs ? set.substring("CaseSensitive".length()) : set;
        return switch (op) {
            case "EqualSet" -> isBound("Value") || eq ? LanguagePrimitives.areEqual(left, value, !cs)
                    : LanguagePrimitives.toBool(left);
            case "NotEqualSet" -> !LanguagePrimitives.areEqual(left, value, !cs);
            case "GreaterThanSet" -> left != null && LanguagePrimitives.compare(left, value, !cs) > 0;
            case "LessThanSet" -> left != null && LanguagePrimitives.compare(left, value, !cs) < 0;
            case "GreaterOrEqualSet" -> left != null && LanguagePrimitives.compare(left, value, !cs) >= 0;
            case "LessOrEqualSet" -> left != null && LanguagePrimitives.compare(left, value, !cs) <= 0;
            case "LikeSet" -> likes(left, cs);
            case "NotLikeSet" -> !likes(left, cs);
            case "MatchSet" -> matches(left, cs);
            case "NotMatchSet" -> !matches(left, cs);
            case "ContainsSet" -> containsValue(left, value, cs);
            case "NotContainsSet" -> !containsValue(left, value, cs);
            case "InSet" -> containsValue(value, left, cs);
            case "NotInSet" -> !containsValue(value, left, cs);
            case "IsSet" -> isType(left);
            case "IsNotSet" -> !isType(left);
            case "Not" -> !LanguagePrimitives.toBool(left);
            default -> LanguagePrimitives.toBool(left);
        };
    }

    private boolean likes(Object left, boolean cs) {
        return WildcardPattern.of(LanguagePrimitives.toText(value), cs).matches(LanguagePrimitives.toText(left));
    }

    private boolean matches(Object left, boolean cs) {
        Pattern p = Pattern.compile(LanguagePrimitives.toText(value), cs ? 0 : Pattern.CASE_INSENSITIVE);
        return p.matcher(LanguagePrimitives.toText(left)).find();
    }

    private static boolean containsValue(Object collection, Object item, boolean cs) {
        for (Object o : LanguagePrimitives.enumerate(collection)) {
            if (LanguagePrimitives.areEqual(o, item, !cs)) return true;
        }
        return false;
    }

    private boolean isType(Object left) {
        String wanted = LanguagePrimitives.toText(value).replaceAll("^\\[|\\]$", "");
        for (String t : TypeNames.of(left)) {
            if (t.equalsIgnoreCase(wanted) || t.toLowerCase().endsWith("." + wanted.toLowerCase())) return true;
        }
        return false;
    }
}
