package io.migsh.lang.interpreter;

import io.migsh.runtime.Conversions;
import io.migsh.runtime.PsDateTime;
import java.util.Base64;
import java.util.List;

/** [Convert]:: base64 and number conversions. */
final class ConvertStatics {
    private ConvertStatics() {}

    static Object invoke(String n, List<Object> args) {
        switch (n) {
            case "tobase64string": return Base64.getEncoder().encodeToString((byte[]) Conversions.convert(args.get(0), byte[].class));
            case "frombase64string": return Base64.getDecoder().decode(Args.text(args, 0));
            case "toint32":
                if (args.size() > 1) return Integer.parseInt(Args.text(args, 0), Args.integer(args, 1));
                return Conversions.convert(args.get(0), Integer.class);
            case "toint64": return Conversions.convert(args.get(0), Long.class);
            case "todouble": return Conversions.convert(args.get(0), Double.class);
            case "todecimal": return Conversions.convert(args.get(0), java.math.BigDecimal.class);
            case "toboolean": return Conversions.convert(args.get(0), Boolean.class);
            case "todatetime": return Conversions.convert(args.get(0), PsDateTime.class);
            case "tostring":
                if (args.size() > 1 && args.get(1) instanceof Number base) {
                    return Long.toString(((Number) Conversions.convert(args.get(0), Long.class)).longValue(), base.intValue());
                }
                return Conversions.convert(args.get(0), String.class);
            default: return Methods.NOT_FOUND;
        }
    }
}
