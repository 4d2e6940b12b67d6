package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.lang.Interpreter;
import io.migsh.runtime.Conversions;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsCredential;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SecureString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** New-Object: the .NET types scripts create in migration work (PSObject, PSCredential, ArrayList, Hashtable, ...). */
@CmdletInfo(verb = "New", noun = "Object")
public class NewObjectCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true)
    String typeName;
    @Parameter(position = 1, aliases = {"Args"})
    List<Object> argumentList;
    @Parameter
    Map<Object, Object> property;

    @Override
    protected void process() {
        List<Object> args = argumentList == null ? List.of() : argumentList;
        Object created = create(typeName.toLowerCase(Locale.ROOT).replaceAll("^system\\.", ""), args);
        if (property != null) {
            if (!(created instanceof PsObject o)) {
                throw PsException.invalidArgument("-Property can only set properties of a PSObject here.",
                        "InvalidProperty", typeName);
            }
            for (Map.Entry<Object, Object> e : property.entrySet()) o.set(String.valueOf(e.getKey()), e.getValue());
        }
        writeObject(created);
    }

    private Object create(String type, List<Object> args) {
        // Collections, StringBuilder, exceptions and the rest: the language's constructors, so that New-Object and
        // [Type]::new give the same objects (a List[string] whose Add returns nothing, an ArrayList's index).
        Interpreter language = context().serviceOrNull(Interpreter.class);
        if (language != null && !type.contains("psobject") && !type.contains("pscustomobject")
                && !type.contains("pscredential") && !type.equals("object")) {
            try {
                return language.newObject(typeName, args);
            } catch (PsException e) {
                if (!"TypeNotFound".equals(e.record().errorId())) throw e;
            }
        }
        switch (type) {
            case "management.automation.psobject", "psobject", "object",
                    "management.automation.pscustomobject", "pscustomobject" -> {
                return PsObject.custom();
            }
            case "management.automation.pscredential", "pscredential" -> {
                if (args.size() != 2) throw argumentCount(2, args.size());
                Object password = args.get(1);
                SecureString secret = password instanceof SecureString s ? s
                        : new SecureString(LanguagePrimitives.toText(password).toCharArray());
                return new PsCredential(LanguagePrimitives.toText(args.get(0)), secret);
            }
            case "collections.arraylist", "collections.generic.list[object]", "collections.generic.list[string]",
                    "collections.generic.list[psobject]", "collections.generic.list[int]" -> {
                return new ArrayList<>();
            }
            case "collections.hashtable", "hashtable" -> {
                return new PsHashtable();
            }
            case "collections.specialized.ordereddictionary" -> {
                return new PsHashtable(true);
            }
            case "datetime" -> {
                List<Integer> parts = new ArrayList<>();
                for (Object a : args) parts.add((Integer) Conversions.convert(a, Integer.class));
                while (parts.size() < 6) parts.add(parts.size() < 3 ? 1 : 0);
                return java.time.LocalDateTime.of(parts.get(0), parts.get(1), parts.get(2), parts.get(3), parts.get(4),
                        parts.get(5)).atZone(Conversions.zone()).toOffsetDateTime();
            }
            case "timespan" -> {
                if (args.size() != 3) throw argumentCount(3, args.size());
                long h = ((Number) Conversions.convert(args.get(0), Long.class)).longValue();
                long m = ((Number) Conversions.convert(args.get(1), Long.class)).longValue();
                long s = ((Number) Conversions.convert(args.get(2), Long.class)).longValue();
                return java.time.Duration.ofHours(h).plusMinutes(m).plusSeconds(s);
            }
            default -> throw new PsException("System.Management.Automation.PSArgumentException",
                    "Cannot find type [" + typeName + "]: verify that the assembly containing this type is loaded.",
                    "TypeNotFound", ErrorCategory.InvalidType, typeName);
        }
    }

    private PsException argumentCount(int wanted, int got) {
        return new PsException("System.Management.Automation.MethodException", "Cannot find an overload for \""
                + typeName.replaceAll(".*\\.", "") + "\" and the argument count: \"" + got + "\".",
                "ConstructorInvokedThrowException", ErrorCategory.InvalidOperation, null);
    }
}
