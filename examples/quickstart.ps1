# migsh quickstart: a whole IMAP migration, the Exchange Online way, against an IMAP server that runs inside migsh.
#
#   bin/migsh -File examples/quickstart.ps1
#
# It walks the eight steps of docs/migration-guide.md with the same cmdlets you would type for Exchange Online:
# three users move from the old server mail.fabrikam.example to mailboxes in contoso.com. The old server is the
# demo's (Start-DemoImapServer); the new mailboxes are Maildir folders on this machine.
#
# Your own migrations are not touched: the demo keeps its state in a folder of its own, $env:MIGSH_HOME if you set
# it to an empty folder (or one the demo used before), else <temp>/migsh-quickstart. It empties that folder at the
# start, so you can run it again and again. Look around afterwards with: MIGSH_HOME=<that folder> bin/migsh

$ErrorActionPreference = 'Stop'
$started = Get-Date

. "$PSScriptRoot/narration.ps1"

# Prints the title of one of the eight steps.
function Step([int]$Number, [string]$Title) {
    Title "Step $Number of 8 - $Title"
}

Write-Host 'migsh quickstart: three mailboxes move from an old IMAP server to Exchange-style mailboxes' -ForegroundColor Cyan

$demoHome = $env:MIGSH_HOME
if (-not $demoHome) { $demoHome = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'migsh-quickstart') }
Initialize-DemoEnvironment $demoHome
$demo = Start-DemoImapServer
Write-Host ''
Write-Host "The demo keeps its state in $demoHome (emptied at each run; your own migrations are untouched)."
Write-Host "The old server runs inside migsh: IMAP on $($demo.Server) port $($demo.Port), IMAP over TLS on port $($demo.SslPort)."
Write-Host 'Its mailboxes: nested and non-ASCII folders, flags and keywords, mail since 2019, a 36 MB message,'
Write-Host 'and a folder the server refuses to open.'
$demo.Users | Format-Table UserName, Password, EmailAddress, Folders, Messages, Size

Step 1 'Prepare the target: an accepted domain and a mailbox for each user'
Run { New-AcceptedDomain -Name contoso.com -DomainName contoso.com }
Run { 'ann', 'bob', 'carol' | ForEach-Object { New-Mailbox -Name $_ -MicrosoftOnlineServicesID "$_@contoso.com" } | Format-Table Name, PrimarySmtpAddress, Database, MaxReceiveSize }

Step 2 'Connect to the old server: a migration endpoint (migsh connects to the server to check it)'
Run { New-MigrationEndpoint -IMAP -Name OldServer -RemoteServer $demo.Server -Port $demo.Port -Security None | Format-Table Identity, EndpointType, RemoteServer, Port, Security }

Step 3 "Test the connection and one user's login"
Run { Test-MigrationServerAvailability -Endpoint OldServer -UserName ann -Password (ConvertTo-SecureString 'Oak-7431' -AsPlainText -Force) | Format-List Result, Greeting, Capabilities }

Step 4 'Create the migration batch from the CSV file (EmailAddress, UserName, Password)'
Run { Get-Content "$PSScriptRoot/users.csv" }
Run { New-MigrationBatch -Name Quickstart -SourceEndpoint OldServer -CSVData ([System.IO.File]::ReadAllBytes("$PSScriptRoot/users.csv")) -LargeItemLimit 10 }

Step 5 'Start the batch: the initial sync copies every folder, newest mail first'
Run { Start-MigrationBatch Quickstart }

Step 6 'Wait until the batch is synced (a loop over Get-MigrationBatch, with Write-Progress)'
Wait-MigrationBatch Quickstart
Run { Get-MigrationBatch Quickstart | Format-Table Identity, Status, TotalCount, SyncedCount, FailedCount, InitialSyncDuration }

Step 7 'Read the statistics: what was copied, what was skipped, what failed'
Run { Get-MigrationUser -BatchId Quickstart | Get-MigrationUserStatistics | Format-Table Identity, Status, SyncedItemCount, SkippedItemCount, TotalItemsInSourceMailboxCount }
Write-Host "ann's largest message is bigger than her mailbox's MaxReceiveSize (35 MB), so it was skipped as a large item:"
Run { (Get-MigrationUserStatistics ann@contoso.com -IncludeSkippedItems).SkippedItems | Format-List Kind, FolderName, Subject, DateReceived, MessageSize }
Write-Host "bob's 'Legal Hold' folder could not be opened; the report names it and the other folders went on:"
Run { (Get-MigrationUserStatistics bob@contoso.com -IncludeReport).Report.Failures | Format-List FailureType, FailureSide, FailureContext, Message }
Write-Host "Everything Microsoft support would ask for, in one file that Import-Clixml (migsh or PowerShell) reads back:"
$export = [System.IO.Path]::Combine($demoHome, 'ann-stats.xml')
Run { Get-MigrationUserStatistics ann@contoso.com -IncludeSkippedItems -IncludeReport -DiagnosticInfo "showtimeslots, showtimeline, verbose" | Export-Clixml $export }
Run { $saved = Import-Clixml $export; "$($saved.Identity): $($saved.Status), $($saved.SkippedItemCount) skipped, report of $(@($saved.Report.Entries).Count) entries, type $($saved.PSObject.TypeNames[0])" }

Step 8 "Fix and finish: raise ann's limit to 150 MB, sync again, then complete the batch"
Run { Set-Mailbox ann@contoso.com -MaxReceiveSize 150MB }
Run { Get-Mailbox ann@contoso.com | Format-List Name, MaxReceiveSize }
Run { Set-MigrationBatch Quickstart -SyncNow }
Wait-MigrationBatch Quickstart
Run { Get-MigrationUserStatistics ann@contoso.com | Format-List Identity, Status, SyncedItemCount, SkippedItemCount, BytesTransferred }
Run { Complete-MigrationBatch Quickstart -Confirm:$false }
Wait-MigrationBatch Quickstart
Run { Get-MigrationBatch Quickstart | Format-Table Identity, Status, TotalCount, FinalizedCount }

Write-Host ''
Write-Host 'The mail has arrived: the folders of the new mailboxes' -ForegroundColor Cyan
Run { Get-MailboxFolderStatistics ann@contoso.com | Where-Object ItemsInFolderAndSubfolders -gt 0 | Format-Table FolderPath, FolderType, ItemsInFolder, FolderSize }
Run { Get-MailboxFolderStatistics bob@contoso.com | Format-Table FolderPath, FolderType, ItemsInFolder, FolderSize }
Run { Get-MailboxStatistics carol@contoso.com | Format-Table DisplayName, ItemCount, TotalItemSize }

Stop-DemoImapServer
Write-Host ''
Write-Host ("Done in {0:N0} seconds. The new mailboxes are Maildir folders under {1}." -f ((Get-Date) - $started).TotalSeconds, [System.IO.Path]::Combine($demoHome, 'mailstore')) -ForegroundColor Cyan
Write-Host "Next: examples/troubleshoot.ps1 reproduces the errors of docs/troubleshooting.md; MIGSH_HOME=$demoHome bin/migsh opens this demo's state."
