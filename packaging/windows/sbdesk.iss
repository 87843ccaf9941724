; The Windows installer of sbdesk (Inno Setup 6.5 or later), made on Windows after the bundle:
;   pyinstaller build.spec --noconfirm
;   iscc /DSourceDir=..\..\dist\sbdesk-<version> packaging\windows\sbdesk.iss
; (packaging/windows/README.md says the whole sequence.) The version is read from sbdesk.exe's
; version resource, which build.spec makes from pyproject.toml: one version everywhere.
;
; Per-user by default (no administrator needed: %LOCALAPPDATA%\Programs\sbdesk); the IT department
; may choose "for all users" in the first dialog. The uninstaller removes the program only: the
; clerk's data folder (%LOCALAPPDATA%\sbdesk, the database, backups, logs) is never touched.
; UTF-8 with a byte-order mark, as Inno Setup reads a script with Chinese in it.

#ifndef SourceDir
  #error Pass the bundle folder: iscc /DSourceDir=..\..\dist\sbdesk-<version> packaging\windows\sbdesk.iss
#endif
#if !FileExists(AddBackslash(SourceDir) + "sbdesk.exe") || !FileExists(AddBackslash(SourceDir) + "sbdesk-cli.exe")
  #error SourceDir has no sbdesk.exe and sbdesk-cli.exe: build the bundle on Windows first (pyinstaller build.spec)
#endif
#define AppVersion GetStringFileInfo(AddBackslash(SourceDir) + "sbdesk.exe", "ProductVersion")
#if !FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #error This Inno Setup has no Languages\ChineseSimplified.isl: use Inno Setup 6.5 or later (see README.md)
#endif

[Setup]
; The application's identity for Windows (Apps & features, upgrades): never change it.
AppId={{1E1FC75D-B2B1-4187-8B97-68C6CA1AF3A2}
AppName=sbdesk
AppVersion={#AppVersion}
AppVerName=sbdesk {#AppVersion}
AppPublisher=sbdesk 项目组
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\sbdesk
DefaultGroupName=sbdesk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#SourceDir}\_internal\cn.sbdesk.desk.ico
UninstallDisplayIcon={app}\sbdesk.exe
UninstallDisplayName=sbdesk {#AppVersion}
; the window holds the database open: ask to close it rather than replace files under it
CloseApplications=yes
RestartApplications=no
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=sbdesk-{#AppVersion}-setup
ShowLanguageDialog=auto

[Languages]
; Chinese first: where Windows' UI language matches neither, Setup speaks the first one listed.
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppTitle=sbdesk 家庭共济
english.AppTitle=sbdesk family sharing
chinesesimplified.CommandLine=sbdesk 命令行
english.CommandLine=sbdesk command line

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade starts from a clean program folder: files the old version had and the new one has not
; would otherwise stay in _internal and be loaded (the data folder is elsewhere and is not touched)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\sbdesk.exe"
; a console in the program folder, for sbdesk-cli.exe (the windowed sbdesk.exe has no console)
Name: "{group}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k sbdesk-cli.exe --help"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,sbdesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\sbdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\sbdesk.exe"; Description: "{cm:LaunchProgram,sbdesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes what it installed, and the data folder
; (%LOCALAPPDATA%\sbdesk: database, backups, logs, settings) stays for the next install.
