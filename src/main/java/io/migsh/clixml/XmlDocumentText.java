package io.migsh.clixml;

import io.migsh.runtime.DotNetName;

/** System.Xml.XmlDocument (CLIXML &lt;XD&gt;), kept as its outer XML text. */
@DotNetName("System.Xml.XmlDocument")
public record XmlDocumentText(String outerXml) {
    /** XmlDocument does not override ToString(), so .NET gives its type name. */
    @Override
    public String toString() {
        return "System.Xml.XmlDocument";
    }
}
