# A short tour of the migsh language: the PowerShell an Exchange administrator already types.
# Run it with: bin/migsh examples/tour.ps1

Write-Host "== Objects in the pipeline"
$users = @(
    [pscustomobject]@{ EmailAddress = 'ann@contoso.com';  Status = 'Synced'; Items = 1520; Size = 340MB }
    [pscustomobject]@{ EmailAddress = 'bob@contoso.com';  Status = 'Failed'; Items = 12;   Size = 2MB }
    [pscustomobject]@{ EmailAddress = 'cleo@contoso.com'; Status = 'Synced'; Items = 8800; Size = 1.2GB }
)
$users | Where-Object Status -eq Synced | Sort-Object Items -Descending | Format-Table EmailAddress, Items

Write-Host "== Grouping and measuring"
$users | Group-Object Status | Select-Object Count, Name | Format-Table
$users | Measure-Object Items -Sum -Average | Select-Object Count, Sum, Average

Write-Host "== Calculated properties and formatting"
$users | Select-Object EmailAddress, @{n='SizeMB'; e={ [Math]::Round($_.Size / 1MB, 1) }}

Write-Host "== Strings, operators and control flow"
foreach ($u in $users) {
    $local, $domain = $u.EmailAddress -split '@'
    if ($u.Status -eq 'Failed') { "{0,-6} needs attention ({1})" -f $local, $domain }
}
'ann@contoso.com' -match '^(?<user>[^@]+)@' | Out-Null
"User part: $($Matches.user)"

Write-Host "== Functions and errors"
function Get-Percent([double]$Part, [double]$Whole) {
    if ($Whole -eq 0) { throw "Whole must not be zero." }
    [Math]::Round(100 * $Part / $Whole, 1)
}
Get-Percent 1520 10332
try { Get-Percent 1 0 } catch { "Caught: $($_.Exception.Message)" }
