package io.migsh.clixml;

import io.migsh.runtime.PsObject;
import javax.xml.stream.XMLStreamException;

/** CLIXML's &lt;PR&gt; (a progress record from a remote session), read into a deserialized ProgressRecord object. */
final class ProgressRecordReader {
    private ProgressRecordReader() {}

    static PsObject read(ElementReader reader) throws XMLStreamException {
        PsObject pr = new PsObject(ElementReader.DESERIALIZED + "System.Management.Automation.ProgressRecord",
                ElementReader.DESERIALIZED + "System.Object");
        while (reader.nextChild()) {
            String tag = reader.stream().getLocalName();
            switch (tag) {
                case "AV" -> pr.add("Activity", ClixmlEscaping.decode(reader.elementText()));
                case "AI" -> pr.add("ActivityId", number(reader, reader.elementText()));
                case "PI" -> pr.add("ParentActivityId", number(reader, reader.elementText()));
                case "PC" -> pr.add("PercentComplete", number(reader, reader.elementText()));
                case "T" -> pr.add("RecordType", ClixmlEscaping.decode(reader.elementText()));
                case "SR" -> pr.add("SecondsRemaining", number(reader, reader.elementText()));
                case "SD" -> pr.add("StatusDescription", ClixmlEscaping.decode(reader.elementText()));
                case "Obj", "Nil", "S" -> pr.add("CurrentOperation", reader.readOne());
                default -> reader.skipElement();
            }
        }
        return pr;
    }

    private static int number(ElementReader reader, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw reader.error("The contents of the System.Int32 primitive type are not valid.");
        }
    }
}
