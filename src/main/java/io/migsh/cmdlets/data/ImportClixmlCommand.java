package io.migsh.cmdlets.data;

import io.migsh.clixml.ClixmlException;
import io.migsh.clixml.ClixmlReader;
import io.migsh.clixml.SecureStringCipher;
import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.LanguagePrimitives;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

/**
 * Import-Clixml: reads the objects of a CLIXML file one at a time and writes each without enumerating it, as
 * PowerShell does; -First and -Skip count the items of collections too. A huge file streams: only the objects
 * that a &lt;Ref&gt; names again are kept (a first quick pass finds them).
 */
@CmdletInfo(verb = "Import", noun = "Clixml", defaultParameterSet = "ByPath")
public class ImportClixmlCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, sets = "ByPath", valueFromPipelineByPropertyName = true,
            completion = "path")
    String[] path;
    @Parameter(mandatory = true, sets = "ByLiteralPath", aliases = {"PSPath", "LP"},
            valueFromPipelineByPropertyName = true, completion = "path")
    String[] literalPath;
    @Parameter(validateRange = {0, Long.MAX_VALUE})
    long first = -1; // -1: every object
    @Parameter(validateRange = {0, Long.MAX_VALUE})
    long skip;

    private long skipped;
    private long written;

    @Override
    protected void process() {
        for (String p : path != null ? path : literalPath) {
            Path file = context().resolvePath(p);
            Set<String> referenced;
            try (InputStream scan = InputFile.open(file)) {
                referenced = ClixmlReader.referencedIds(scan);
            } catch (ClixmlException e) {
                throw ClixmlErrors.invalidFile(e, p);
            } catch (IOException e) {
                throw InputFile.readFailure(e, file);
            }
            SecureStringCipher cipher = SecureStringCipher.forDataDirectory(context().dataDirectory());
            try (InputStream in = InputFile.open(file);
                    ClixmlReader reader = new ClixmlReader(in, cipher, referenced)) {
                while (reader.hasNext() && !full()) emit(reader.next());
            } catch (ClixmlException e) {
                throw ClixmlErrors.invalidFile(e, p);
            } catch (IOException e) {
                throw InputFile.readFailure(e, file);
            }
        }
    }

    private boolean full() {
        return first >= 0 && written >= first;
    }

    private void emit(Object value) {
        if (first < 0 && skip == 0) {
            writeObject(value);
            return;
        }
        // with paging, PowerShell counts the elements of a collection one by one
        for (Object item : value instanceof Collection<?> ? LanguagePrimitives.enumerate(value)
                : java.util.Collections.singletonList(value)) {
            if (skipped < skip) {
                skipped++;
            } else if (!full()) {
                written++;
                writeObject(item);
            }
        }
    }
}
