# Functions the example scripts share, to tell what they do: dot-source it with  . "$PSScriptRoot/narration.ps1"

# Prints a section title.
function Title([string]$Text) {
    Write-Host ''
    Write-Host $Text -ForegroundColor Cyan
}

# Shows a command as it would be typed, then runs it; its output follows.
function Run([scriptblock]$Command) {
    Write-Host "PS> $($Command.ToString().Trim())" -ForegroundColor DarkGray
    & $Command
}

# Waits while a batch or any of its users is still at work, printing each change of the users' statuses.
function Wait-MigrationBatch([string]$Name) {
    $since = Get-Date
    $shown = ''
    do {
        Start-Sleep -Milliseconds 500
        $batch = Get-MigrationBatch $Name
        $stats = @(Get-MigrationUser -BatchId $Name | Get-MigrationUserStatistics)
        $line = ($stats | ForEach-Object { "{0} {1} {2}%" -f $_.Identity.Split('@')[0], $_.Status, [int]$_.PercentageComplete }) -join ', '
        $done = 0
        if ($stats.Count -gt 0) { $done = ($stats | Measure-Object PercentageComplete -Average).Average }
        Write-Progress -Activity "Migration batch $Name" -Status "$($batch.Status): $line" -PercentComplete $done
        if ($line -ne $shown) {
            Write-Host ("  {0,5:N1}s  {1,-10} {2}" -f ((Get-Date) - $since).TotalSeconds, $batch.Status, $line)
            $shown = $line
        }
    } while ($batch.Status -in 'Created', 'Starting', 'Syncing', 'Completing', 'Stopping' -or $batch.ActiveCount -gt 0)
    Write-Progress -Activity "Migration batch $Name" -Completed
}
