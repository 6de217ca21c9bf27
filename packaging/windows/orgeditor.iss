; Inno Setup recipe for the Windows installer (UNTESTED: written as Inno Setup 6 documents it).
; First build the one-folder bundle on Windows:  pyinstaller packaging\orgeditor.spec
; then:  iscc /DVersion=0.2.0 packaging\windows\orgeditor.iss   ->  dist\orgeditor-0.2.0-setup.exe
#ifndef Version
  #define Version "0.2.0"
#endif

[Setup]
AppId={{6F1B3E52-8C1D-4C55-9A0B-0C7A4E5D2F20}
AppName=orgeditor
AppVersion={#Version}
AppPublisher=orgeditor developers
DefaultDirName={autopf}\orgeditor
DefaultGroupName=orgeditor
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=orgeditor-{#Version}-setup
SetupIconFile=orgeditor.ico
UninstallDisplayIcon={app}\orgeditor.exe
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "..\..\dist\orgeditor\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\orgeditor"; Filename: "{app}\orgeditor.exe"
Name: "{autodesktop}\orgeditor"; Filename: "{app}\orgeditor.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Registry]
; .orgdesign files open in orgeditor (a second file goes to the running app, see orgeditor/ui/instance.py)
Root: HKA; Subkey: "Software\Classes\.orgdesign"; ValueType: string; ValueName: ""; ValueData: "orgeditor.design"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\orgeditor.design"; ValueType: string; ValueName: ""; ValueData: "Organisation design"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\orgeditor.design\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\orgeditor.exe,0"
Root: HKA; Subkey: "Software\Classes\orgeditor.design\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\orgeditor.exe"" ""%1"""

[Run]
Filename: "{app}\orgeditor.exe"; Description: "Start orgeditor"; Flags: nowait postinstall skipifsilent
