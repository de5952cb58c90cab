// Active Directory exports as the real tools write them (Get-ADUser … | Export-Csv), for the tests:
// Windows PowerShell 5.1 on a Japanese domain controller (the #TYPE line, ja-JP dates) and PowerShell 7
// on an English one (no #TYPE line, en-US dates). Written from the documented format (no licensed real
// sample exists); every quirk of DATASOURCES §4.1 appears at least once.

/** `Get-ADUser -Filter * -Properties * | Select … | Export-Csv -Encoding Unicode` on ja-JP (PowerShell 5.1). */
export const PS51_JA = [
  '#TYPE Microsoft.ActiveDirectory.Management.ADUser',
  '"DistinguishedName","Enabled","GivenName","Name","ObjectClass","SamAccountName","Surname","UserPrincipalName","DisplayName","Department","Title","Description","employeeID","whenCreated","LastLogonDate","lastLogonTimestamp","PasswordLastSet","pwdLastSet","PasswordNeverExpires","AccountExpirationDate","accountExpires","MemberOf"',
  '"CN=髙橋 一郎,OU=医局,DC=byoin,DC=local","True","一郎","髙橋 一郎","user","takahashi.i","髙橋","takahashi.i@byoin.local","髙橋 一郎","内科","医師","","10234","2019/04/01 9:00:00","2026/11/30 8:12:45","134404675650000000","2026/04/01 10:00:00","134194788000000000","False","","9223372036854775807","Microsoft.ActiveDirectory.Management.ADPropertyValueCollection"',
  '"CN=齋藤 花子,OU=看護部,DC=byoin,DC=local","False","花子","齋藤 花子","user","saito.h","齋藤","saito.h@byoin.local","齋藤 花子","看護部","看護師","退職 2026/03/31","20451","2015/04/01 9:00:00","2026/03/30 17:45:02","134193339020000000","2025/10/01 9:00:00","134037504000000000","False","2026/03/31 0:00:00","134193564000000000","Microsoft.ActiveDirectory.Management.ADPropertyValueCollection"',
  '"CN=電子カルテ共用,OU=共用,DC=byoin,DC=local","True","","電子カルテ共用","user","karte-kyoyo","","","電子カルテ共用","外来","","外来受付の共用アカウント","","2012/04/01 9:00:00","","0","2012/04/01 9:00:00","129777120000000000","True","","0","Microsoft.ActiveDirectory.Management.ADPropertyValueCollection"',
  '"CN=svc-backup,OU=Service,DC=byoin,DC=local","True","","svc-backup","user","svc-backup","","","svc-backup","情報システム","","バックアップのサービスアカウント","","2020/06/15 14:30:00","2026/12/01 2:00:00","134405316000000000","2020/06/15 14:30:00","132366726000000000","True","","0","Microsoft.ActiveDirectory.Management.ADPropertyValueCollection"',
  '"CN=KARTE-PC01,OU=端末,DC=byoin,DC=local","True","","KARTE-PC01","computer","KARTE-PC01$","","","","","","","","2021/04/01 9:00:00","2026/12/02 7:59:00","134406395400000000","","133564032000000000","False","","0","Microsoft.ActiveDirectory.Management.ADPropertyValueCollection"',
  '"CN=Administrator,CN=Users,DC=byoin,DC=local","True","","Administrator","user","Administrator","","","","","","ドメインの管理用 (ビルトイン)","","2010/04/01 9:00:00","2026/11/20 10:00:00","134396100000000000","2024/01/10 9:00:00","133493184000000000","True","","0","Microsoft.ActiveDirectory.Management.ADPropertyValueCollection"',
].join('\r\n');

/** PowerShell 7 on en-US, `-NoTypeInformation` implied, UTF-8 without BOM, fewer properties; the group membership joined. */
export const PS7_EN = [
  '"SamAccountName","Name","Enabled","Department","LastLogonDate","PasswordLastSet","PasswordNeverExpires","whenCreated","MemberOf"',
  '"yamada.t","山田 太郎","True","ﾘﾊﾋﾞﾘ科","11/3/2026 4:05:09 PM","4/1/2026 9:00:00 AM","False","4/1/2018 9:00:00 AM","CN=Domain Users,CN=Users,DC=byoin,DC=local;CN=Karte Users,OU=Groups,DC=byoin,DC=local"',
  '"watanabe.k","渡邊 健","True","放射線科","","12/31/2025 11:59:59 PM","False","1/15/2024 1:00:00 PM",""',
].join('\n');
