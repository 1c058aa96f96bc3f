; Inno Setup script: a per-user installer of the PyInstaller folder (dist\haven).
;   iscc /DAppVersion=0.1.0 packaging\windows\haven.iss
; No admin rights (PrivilegesRequired=lowest: installs to %LOCALAPPDATA%\Programs\Haven),
; a Start-menu entry, and an uninstaller that removes only what it installed: her journal
; (%LOCALAPPDATA%\Haven\vault) and its backups are never touched.

#ifndef AppVersion
  #error Pass /DAppVersion=<version>
#endif

[Setup]
AppId={{6C0F0E53-7A4B-4E8B-9C55-3F1D2B7A9E10}
AppName=Haven
AppVersion={#AppVersion}
AppPublisher=The Haven developers
DefaultDirName={autopf}\Haven
DefaultGroupName=Haven
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=haven-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
UninstallDisplayIcon={app}\haven.exe
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Files]
Source: "..\..\dist\haven\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Haven"; Filename: "{app}\haven.exe"
Name: "{group}\{cm:UninstallProgram,Haven}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\haven.exe"; Description: "{cm:LaunchProgram,Haven}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes the files it installed and nothing else.
