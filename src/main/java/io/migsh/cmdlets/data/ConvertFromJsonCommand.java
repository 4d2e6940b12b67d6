package io.migsh.cmdlets.data;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.json.JsonFormatException;
import io.migsh.json.JsonReader;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import java.util.ArrayList;
import java.util.List;

/**
 * ConvertFrom-Json: JSON text as objects. Pipeline strings are taken as separate JSON texts when the first one
 * is complete, else joined into one (lines of a file), as PowerShell 7 does; a top-level array is enumerated
 * unless -NoEnumerate.
 */
@CmdletInfo(verb = "ConvertFrom", noun = "Json")
public class ConvertFromJsonCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, allowEmptyString = true)
    String inputObject;
    @Parameter
    boolean asHashtable;
    @Parameter
    int depth = 1024;
    @Parameter
    boolean noEnumerate;

    private final List<String> texts = new ArrayList<>();

    @Override
    protected void process() {
        texts.add(inputObject == null ? "" : inputObject);
    }

    @Override
    protected void end() {
        if (texts.isEmpty()) return;
        JsonReader reader = new JsonReader(asHashtable, depth);
        if (texts.size() > 1) {
            Object first;
            try {
                first = reader.read(texts.get(0));
            } catch (JsonFormatException e) {
                emit(convert(reader, String.join(System.lineSeparator(), texts)));
                return;
            }
            emit(first);
            for (String t : texts.subList(1, texts.size())) emit(convert(reader, t));
            return;
        }
        emit(convert(reader, texts.get(0)));
    }

    private Object convert(JsonReader reader, String text) {
        try {
            return reader.read(text);
        } catch (JsonFormatException e) {
            throw new PsException("System.ArgumentException", e.getMessage(), e.errorId(),
                    ErrorCategory.ParserError, text);
        }
    }

    private void emit(Object value) {
        if (value == null) return;
        if (value instanceof List<?> && !noEnumerate) {
            writeEnumerated(value);
        } else {
            writeObject(value);
        }
    }
}
