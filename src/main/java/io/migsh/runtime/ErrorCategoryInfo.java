package io.migsh.runtime;

/**
 * An error record's CategoryInfo: the category, the command that raised it, the exception's short type name and
 * the target. Its text is what Windows PowerShell printed on the "+ CategoryInfo" line and scripts still match.
 */
@DotNetName("System.Management.Automation.ErrorCategoryInfo")
public record ErrorCategoryInfo(ErrorCategory category, String activity, String reason, String targetName,
        String targetType) {

    public static ErrorCategoryInfo of(ErrorRecord r) {
        String type = r.exceptionType() == null ? "Exception" : r.exceptionType();
        Object target = r.targetObject();
        String targetType = target == null ? "" : TypeNames.name(target);
        return new ErrorCategoryInfo(r.category() == null ? ErrorCategory.NotSpecified : r.category(),
                r.commandName() == null ? "" : r.commandName(), type.substring(type.lastIndexOf('.') + 1),
                LanguagePrimitives.toText(target), targetType.substring(targetType.lastIndexOf('.') + 1));
    }

    /** ErrorCategoryInfo.GetMessage(): {@code ObjectNotFound: (x:String) [Write-Error], WriteErrorException}. */
    @Override
    public String toString() {
        return category + ": (" + targetName + ":" + targetType + ") [" + activity + "], " + reason;
    }
}
