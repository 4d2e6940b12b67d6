# migsh troubleshooting tour: each error of docs/troubleshooting.md, reproduced against the demo's IMAP server, with
# the commands an administrator uses to find the cause and the fix.
#
#   bin/migsh -File examples/troubleshoot.ps1
#
# Like the quickstart it keeps its state in a folder of its own ($env:MIGSH_HOME if you set it to an empty folder
# or one a demo used before, else <temp>/migsh-troubleshoot), emptied at the start of each run.

$started = Get-Date
. "$PSScriptRoot/narration.ps1"

$demoHome = $env:MIGSH_HOME
if (-not $demoHome) { $demoHome = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'migsh-troubleshoot') }
# -QuickRetries: transient failures are retried on a short schedule, so that section 8 takes seconds, not hours.
Initialize-DemoEnvironment $demoHome -QuickRetries -ErrorAction Stop
$demo = Start-DemoImapServer -IncludeTroubledUsers -ErrorAction Stop
Set-Location $demoHome

Write-Host 'migsh troubleshooting tour: the known errors of an IMAP migration, and how to find their cause' -ForegroundColor Cyan
Write-Host "Old server: IMAP on $($demo.Server) port $($demo.Port), IMAP over TLS (self-signed certificate) on port $($demo.SslPort)."
New-AcceptedDomain -Name contoso.com -DomainName contoso.com | Out-Null
'ann', 'bob', 'carol', 'dana', 'erik', 'farah' | ForEach-Object { New-Mailbox -Name $_ -MicrosoftOnlineServicesID "$_@contoso.com" } | Out-Null
Write-Host 'Target: the accepted domain contoso.com and the mailboxes ann, bob, carol, dana, erik and farah.'

Title '1. The server cannot be reached: nothing listens on the port'
$closed = $demo.Port + 1
while ($closed -eq $demo.SslPort) { $closed++ }
Run { New-MigrationEndpoint -IMAP -Name Wrong -RemoteServer $demo.Server -Port $closed -Security None }
Write-Host 'The error''s CategoryInfo names the exception that Microsoft''s articles are indexed by:'
Run { "$($Error[0].CategoryInfo)" }
Write-Host 'Test-MigrationServerAvailability shows which step fails:'
Run { Test-MigrationServerAvailability -Imap -RemoteServer $demo.Server -Port $closed -Security None | Format-List Result, FailedStep, Message }

Title '2. TLS: the security does not match the port, or the certificate is not trusted'
Run { Test-MigrationServerAvailability -Imap -RemoteServer $demo.Server -Port $demo.Port -Security Ssl | Format-List Result, FailedStep, Message }
Run { New-MigrationEndpoint -IMAP -Name OldServer -RemoteServer $demo.Server -Port $demo.SslPort -Security Ssl }
Write-Host 'The server uses a self-signed certificate. Accept it explicitly:'
Run { New-MigrationEndpoint -IMAP -Name OldServer -RemoteServer $demo.Server -Port $demo.SslPort -Security Ssl -AcceptUntrustedCertificates | Format-Table Identity, RemoteServer, Port, Security, AcceptUntrustedCertificates }

Title '3. The CSV file: no users, a missing column, an address without a mailbox'
Set-Content header-only.csv 'EmailAddress,UserName,Password'
Run { New-MigrationBatch -Name Csv -SourceEndpoint OldServer -CSVData ([System.IO.File]::ReadAllBytes('header-only.csv')) }
Run { "$($Error[0].CategoryInfo)" }
Set-Content no-password.csv "EmailAddress,UserName`nann@contoso.com,ann"
Run { New-MigrationBatch -Name Csv -SourceEndpoint OldServer -CSVData ([System.IO.File]::ReadAllBytes('no-password.csv')) }
Run { "$($Error[0].CategoryInfo)" }
Set-Content unknown-user.csv "EmailAddress,UserName,Password`nann@contoso.com,ann,Oak-7431`ndave@contoso.com,dave,Ash-1234"
Run { New-MigrationBatch -Name Csv -SourceEndpoint OldServer -CSVData ([System.IO.File]::ReadAllBytes('unknown-user.csv')) }
Run { "$($Error[0].CategoryInfo)" }
Write-Host 'Nothing was created; look at the file as migsh reads it, fix it and try again:'
Run { Import-Csv unknown-user.csv | Select-Object -First 3 | Format-Table }
Run { @(Get-MigrationBatch).Count }

Title '4. A wrong password: the user fails with the server''s own answer'
Set-Content wave1.csv "EmailAddress,UserName,Password`ncarol@contoso.com,carol,Fir-0000"
Run { New-MigrationBatch -Name Wave1 -SourceEndpoint OldServer -CSVData ([System.IO.File]::ReadAllBytes('wave1.csv')) -AutoStart | Out-Null }
Wait-MigrationBatch Wave1
Run { Get-MigrationUser -BatchId Wave1 -Status Failed | Get-MigrationUserStatistics -IncludeReport | Format-List Identity, Status, Error }
Write-Host 'Check the login itself, then correct the CSV file and retry the batch:'
Run { Test-MigrationServerAvailability -Endpoint OldServer -UserName carol -Password (ConvertTo-SecureString 'Fir-0000' -AsPlainText -Force) | Format-List Result, FailedStep, Message }
Set-Content wave1.csv "EmailAddress,UserName,Password`ncarol@contoso.com,carol,Fir-6620"
Run { Set-MigrationBatch Wave1 -CSVData ([System.IO.File]::ReadAllBytes('wave1.csv')) }
Run { Start-MigrationBatch Wave1 }
Wait-MigrationBatch Wave1
Run { Get-MigrationUserStatistics carol@contoso.com | Format-Table Identity, Status, SyncedItemCount, Error }

Title '5. A user already being migrated'
Set-Content wave2.csv "EmailAddress,UserName,Password`nbob@contoso.com,bob,Elm-2958`ncarol@contoso.com,carol,Fir-6620"
Run { New-MigrationBatch -Name Wave2 -SourceEndpoint OldServer -CSVData ([System.IO.File]::ReadAllBytes('wave2.csv')) }
Run { "$($Error[0].CategoryInfo)" }
Write-Host 'carol is in batch Wave1. Take her out of it (or remove that batch), then create the batch again:'
Run { Get-MigrationUser carol@contoso.com | Format-Table Identity, BatchId, Status }
Run { Remove-MigrationBatch Wave1 -Confirm:$false }
Run { New-MigrationBatch -Name Wave2 -SourceEndpoint OldServer -CSVData ([System.IO.File]::ReadAllBytes('wave2.csv')) | Format-Table Identity, Status, TotalCount }

Title '6. Large items: a message over the mailbox''s MaxReceiveSize fails the user (TooManyLargeItemsPermanentException)'
Set-Content wave3.csv "EmailAddress,UserName,Password`nann@contoso.com,ann,Oak-7431"
Run { New-MigrationBatch -Name Wave3 -SourceEndpoint OldServer -CSVData ([System.IO.File]::ReadAllBytes('wave3.csv')) -AutoStart | Out-Null }
Wait-MigrationBatch Wave3
Run { Get-MigrationUserStatistics ann@contoso.com -IncludeSkippedItems | Format-List Status, Error, SyncedItemCount, SkippedItemCount }
Run { (Get-MigrationUserStatistics ann@contoso.com -IncludeSkippedItems).SkippedItems | Format-Table Kind, FolderName, Subject, MessageSize }
Write-Host 'The batch allows no large item (LargeItemLimit 0). Raise the mailbox''s limit, then retry:'
Run { Get-Mailbox ann@contoso.com | Format-List MaxReceiveSize }
Run { Set-Mailbox ann@contoso.com -MaxReceiveSize 150MB }
Run { Start-MigrationBatch Wave3 }
Wait-MigrationBatch Wave3
Run { Get-MigrationUserStatistics ann@contoso.com | Format-Table Identity, Status, SyncedItemCount, TotalItemsInSourceMailboxCount }

Title '7. A folder the server refuses to open: reported, and the other folders go on'
Run { Start-MigrationBatch Wave2 }
Wait-MigrationBatch Wave2
Run { Get-MigrationUserStatistics bob@contoso.com | Format-Table Identity, Status, SyncedItemCount, TotalItemsInSourceMailboxCount }
Run { $s = Get-MigrationUserStatistics bob@contoso.com -IncludeReport; $s.Report.Failures | Format-List Timestamp, FailureType, FailureSide, FailureContext, Message }
Write-Host 'The folder is on the old server, but its login may not open it:'
Run { Get-ImapFolders -MigrationUser bob@contoso.com | Format-Table Name, Messages, Size }
Run { Get-MailboxFolderStatistics bob@contoso.com | Format-Table FolderPath, ItemsInFolder }

Title '8. A dropped connection: retried by itself (CommunicationErrorTransientException), until the retries run out (MigrationTransientException)'
Write-Host "The old server drops dana's connection once in the middle of a FETCH, and erik's at every FETCH of a message."
Write-Host 'This tour retries on a short schedule (Initialize-DemoEnvironment -QuickRetries): two retries within a pass,'
Write-Host 'then one more pass a second later; by default migsh keeps at it for hours before a user fails.'
Set-Content wave4.csv "EmailAddress,UserName,Password`ndana@contoso.com,dana,Ivy-3187`nerik@contoso.com,erik,Yew-5540"
Run { New-MigrationBatch -Name Wave4 -SourceEndpoint OldServer -CSVData ([System.IO.File]::ReadAllBytes('wave4.csv')) -AutoStart | Out-Null }
Wait-MigrationBatch Wave4
Run { Get-MigrationUser -BatchId Wave4 | Get-MigrationUserStatistics | Format-Table Identity, Status, SyncedItemCount, TotalItemsInSourceMailboxCount }
Write-Host 'dana went on after the drop; her report keeps the failure that was retried:'
Run { (Get-MigrationUserStatistics dana@contoso.com -IncludeReport).Report.Failures | Format-List Timestamp, FailureType, FailureSide, FailureContext, Message }
Write-Host 'erik failed once the retries ran out:'
Run { Get-MigrationUserStatistics erik@contoso.com | Format-List Status, Error }
Run { (Get-MigrationUserStatistics erik@contoso.com -IncludeReport).Report.Failures | Group-Object FailureType -NoElement | Format-Table Count, Name }
Write-Host 'His login works: the server loses the connection while it sends his mail. Once it is fixed, Start-MigrationBatch Wave4 retries him.'
Run { Test-MigrationServerAvailability -Endpoint OldServer -UserName erik -Password (ConvertTo-SecureString 'Yew-5540' -AsPlainText -Force) | Format-List Result, FailedStep }

Title '9. Messages the source cannot deliver: bad items (TooManyBadItemsPermanentException)'
Write-Host "Three messages of farah's INBOX lie on damaged disk blocks: the old server answers NO when they are fetched."
Set-Content wave5.csv "EmailAddress,UserName,Password`nfarah@contoso.com,farah,Bay-2719"
Run { New-MigrationBatch -Name Wave5 -SourceEndpoint OldServer -CSVData ([System.IO.File]::ReadAllBytes('wave5.csv')) -AutoStart | Out-Null }
Wait-MigrationBatch Wave5
Run { Get-MigrationUserStatistics farah@contoso.com -IncludeSkippedItems | Format-List Status, Error, SyncedItemCount, SkippedItemCount }
Run { (Get-MigrationUserStatistics farah@contoso.com -IncludeSkippedItems).SkippedItems | Format-List Kind, FolderName, Subject, Failure }
Write-Host 'The batch allows no bad item (BadItemLimit 0). If the messages cannot be repaired on the source, accept them as skipped:'
Run { Set-MigrationBatch Wave5 -BadItemLimit 5 }
Run { Start-MigrationBatch Wave5 }
Wait-MigrationBatch Wave5
Run { Get-MigrationUserStatistics farah@contoso.com | Format-Table Identity, Status, SyncedItemCount, SkippedItemCount, TotalItemsInSourceMailboxCount }
Run { (Get-MigrationUserStatistics farah@contoso.com -IncludeSkippedItems).SkippedItems | Format-Table Kind, FolderName, Subject }

Title '10. The evidence for later: Export-Clixml, then Import-Clixml to analyse'
Write-Host 'The file keeps the report and its failures as objects, with their types, to query later:'
Run { Get-MigrationUser -BatchId Wave2 | Get-MigrationUserStatistics -IncludeSkippedItems -IncludeReport | Export-Clixml wave2.xml -Depth 5 }
Run { $all = Import-Clixml wave2.xml; $all | ForEach-Object { $_.Report.Failures } | Group-Object FailureType -NoElement | Select-Object Count, Name }
Run { $all = Import-Clixml wave2.xml; $all | Select-Object Identity, Status, SyncedItemCount, @{ n = 'Failures'; e = { @($_.Report.Failures).Count } } }

Stop-DemoImapServer
Title ("Done in {0:N0} seconds. docs/troubleshooting.md explains each error and its fix." -f ((Get-Date) - $started).TotalSeconds)
