package io.migsh.lang.interpreter;

import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.ScriptBlock;
import io.migsh.runtime.TypeNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Method calls on values: the .NET methods admins use on strings, collections, hashtables, dates and time spans,
 * GetType() and ToString() on everything, and the intrinsic .Where({}) and .ForEach({}). On a collection a method it
 * lacks is called on each element (member-access enumeration).
 */
public final class Methods {
    static final Object NOT_FOUND = new Object();

    private Methods() {}

    public static Object invoke(Object target, String name, List<Object> args, Session session) {
        if (target == null) throw RuntimeErrors.methodOnNull();
        String n = name.toLowerCase(Locale.ROOT);
        Object r;
        try {
            r = dispatch(target, n, name, args, session);
        } catch (PsException e) {
            throw e;
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw RuntimeErrors.methodFailed(name, args.size(), dotNetMessage(e), "ArgumentOutOfRangeException");
        } catch (ArithmeticException e) { // OverflowException and its kin keep their .NET names
            throw RuntimeErrors.methodFailed(name, args.size(), dotNetMessage(e), e.getClass().getSimpleName());
        }
        if (r != NOT_FOUND) return r;
        if (LanguagePrimitives.isEnumerable(target)) {
            List<Object> out = new ArrayList<>();
            for (Object item : LanguagePrimitives.enumerate(target)) {
                Object v = AutomationNull.normalize(invoke(item, name, args, session));
                if (v != null) out.add(v);
            }
            return out.isEmpty() ? AutomationNull.VALUE : out.size() == 1 ? out.get(0) : out;
        }
        throw RuntimeErrors.methodNotFound(typeName(target), name);
    }

    private static String dotNetMessage(RuntimeException e) {
        if (e instanceof StringIndexOutOfBoundsException || e instanceof IndexOutOfBoundsException) {
            return "Index and length must refer to a location within the string.";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Object dispatch(Object target, String n, String name, List<Object> args, Session session) {
        Object r = universal(target, n, args, session);
        if (r != NOT_FOUND) return r;
        if (target instanceof String s) return StringMethods.invoke(s, n, name, args);
        if (target instanceof List<?> l) return CollectionMethods.list(l, n, name, args, session);
        if (target instanceof Map<?, ?> m) return CollectionMethods.map(m, n, name, args, session);
        if (PsDateTime.adapt(target) instanceof PsDateTime d) return DateMethods.date(d, n, args);
        if (target instanceof Duration d) return DateMethods.timeSpan(d, n, args);
        if (target instanceof ScriptBlockValue sb) return scriptBlock(sb, n, args);
        if (target instanceof RegexValue rv) return RegexMethods.instance(rv, n, args);
        if (target instanceof TextBuilder b) return builder(b, n, args);
        if (target instanceof MemberAccess.PsObjectView v && n.equals("copy") && v.target() instanceof PsObject o) {
            return o.copy();
        }
        if (target instanceof StaticMembers.EncodingValue e) return e.invoke(n, args);
        if (target instanceof ScriptCmdlet c) return c.invoke(n, args);
        if (target instanceof io.migsh.runtime.PsCredential c && n.equals("getnetworkcredential") && args.isEmpty()) {
            return networkCredential(c);
        }
        if (target instanceof Character c) return StringMethods.invoke(String.valueOf(c), n, name, args);
        return JavaMethods.invoke(target, name, args);
    }

    /**
     * PSCredential.GetNetworkCredential(): the password in clear text, as scripts that pass a credential on to
     * another API read it; "CONTOSO\admin" splits into Domain and UserName.
     */
    private static PsObject networkCredential(io.migsh.runtime.PsCredential c) {
        String user = c.userName() == null ? "" : c.userName();
        int slash = user.indexOf('\\');
        PsObject o = new PsObject("System.Net.NetworkCredential", "System.Object");
        o.add("UserName", slash < 0 ? user : user.substring(slash + 1));
        o.add("Password", c.password() == null ? "" : new String(c.password().reveal()));
        o.add("SecurePassword", c.password());
        o.add("Domain", slash < 0 ? "" : user.substring(0, slash));
        return o.withToString("System.Net.NetworkCredential");
    }

    private static Object universal(Object target, String n, List<Object> args, Session session) {
        switch (n) {
            case "gettype":
                if (args.isEmpty()) return typeOf(target);
                break;
            case "tostring":
                if (args.isEmpty()) return text(target);
                if (args.size() == 1 && !(target instanceof String)) return ValueFormat.format(target, Args.text(args, 0));
                break;
            case "equals":
                if (args.size() == 1) return target.equals(args.get(0)) || Comparison.equal(target, args.get(0), false);
                break;
            case "gethashcode":
                if (args.isEmpty()) return target.hashCode();
                break;
            case "compareto":
                if (args.size() == 1) return Integer.signum(LanguagePrimitives.compare(target, args.get(0), false));
                break;
            case "where":
                if (!args.isEmpty() && args.get(0) instanceof ScriptBlock) return Intrinsics.where(target, args);
                break;
            case "foreach":
                if (!args.isEmpty()) return Intrinsics.forEach(target, args, session);
                break;
            default:
                break;
        }
        return NOT_FOUND;
    }

    static String text(Object target) {
        if (target instanceof PsException e) return e.record().exceptionType() + ": " + e.getMessage();
        return LanguagePrimitives.toText(target);
    }

    /** GetType(): the .NET type of a value, with Name and FullName. */
    public static TypeInfo typeOf(Object target) {
        if (target instanceof PsException e) return TypeInfo.of(e.record().exceptionType(), TypeInfo.Kind.EXCEPTION, null);
        if (target instanceof ErrorRecord) {
            return TypeInfo.of("System.Management.Automation.ErrorRecord", TypeInfo.Kind.NAMED, null);
        }
        if (target instanceof PsObject o && o.typeNames().contains("System.Management.Automation.PSCustomObject")) {
            return TypeInfo.of("System.Management.Automation.PSCustomObject", TypeInfo.Kind.PSCUSTOMOBJECT, null);
        }
        if (target instanceof PsObject) {
            return TypeInfo.of("System.Management.Automation.PSObject", TypeInfo.Kind.PSOBJECT, null);
        }
        if (target instanceof GenericList g) {
            return new TypeInfo("System.Collections.Generic.List`1", TypeInfo.Kind.GENERIC_LIST, null, g.element());
        }
        if (target instanceof TypeInfo) return TypeInfo.of("System.RuntimeType", TypeInfo.Kind.NAMED, null);
        String name = typeName(target);
        TypeInfo known = TypeResolver.find(name);
        if (known != null) return known;
        return TypeInfo.of(name, TypeInfo.Kind.NAMED, null);
    }

    static String typeName(Object target) {
        if (target instanceof PsException e) return e.record().exceptionType();
        if (target instanceof ScriptBlockValue) return "System.Management.Automation.ScriptBlock";
        if (target instanceof io.migsh.runtime.TypedList t) return t.dotNetType();
        return TypeNames.name(target);
    }

    private static Object scriptBlock(ScriptBlockValue sb, String n, List<Object> args) {
        switch (n) {
            case "invoke", "invokereturnasis":
                return LanguagePrimitives.unwrapSingle(sb.invokeInNewScope(args));
            case "getnewclosure":
                return sb;
            default:
                return NOT_FOUND;
        }
    }

    private static Object builder(TextBuilder b, String n, List<Object> args) {
        switch (n) {
            case "append":
                for (Object a : args) b.text().append(LanguagePrimitives.toText(a));
                return b;
            case "appendline":
                if (!args.isEmpty()) b.text().append(LanguagePrimitives.toText(args.get(0)));
                b.text().append(System.lineSeparator());
                return b;
            case "appendformat":
                b.text().append(CompositeFormat.format(Args.text(args, 0), new ArrayList<>(args.subList(1, args.size()))));
                return b;
            case "insert":
                b.text().insert(Args.integer(args, 0), Args.text(args, 1));
                return b;
            case "clear":
                b.text().setLength(0);
                return b;
            default:
                return NOT_FOUND;
        }
    }
}
