package io.migsh.format;

import io.migsh.runtime.PsObject;

/** Builds test objects: a [pscustomobject] or a typed object from name/value pairs. */
final class Objects {
    private Objects() {}

    static PsObject custom(Object... pairs) {
        return fill(PsObject.custom(), pairs);
    }

    static PsObject typed(String type, Object... pairs) {
        return fill(new PsObject(type, "System.Object"), pairs);
    }

    private static PsObject fill(PsObject o, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) o.add((String) pairs[i], pairs[i + 1]);
        return o;
    }
}
