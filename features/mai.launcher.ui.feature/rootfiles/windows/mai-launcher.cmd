@echo off
rem MAI Launcher: opens the workbench, or runs a command without a window when one is given.
rem
rem   mai-launcher [--data-dir DIR] [-nl zh_CN]           opens the workbench
rem   mai-launcher [--data-dir DIR] COMMAND ...           runs a command (mai-launcher --help lists them)
rem
rem Java 21 or newer is needed. It is looked for in JAVA_HOME, then in a runtime shipped beside this script (jre\),
rem then on the PATH. Extra JVM options can be given in MAI_LAUNCHER_VM_ARGS.
setlocal EnableExtensions EnableDelayedExpansion
set "HERE=%~dp0"

set "JAVA="
set "TRIED="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" call :check "%JAVA_HOME%\bin\java.exe"
if not defined JAVA if exist "%HERE%jre\bin\java.exe" call :check "%HERE%jre\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" call :check "%%~$PATH:J"
if not defined JAVA (
    echo MAI Launcher needs Java 21 or newer, and none was found.!TRIED! 1>&2
    echo Install a JDK 21+ ^(for example Eclipse Temurin from https://adoptium.net^), then set JAVA_HOME to it, 1>&2
    echo or unpack a Java runtime into %HERE%jre. 1>&2
    exit /b 1
)

set "LAUNCHER="
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
    echo The installation in %HERE% is incomplete: plugins\org.eclipse.equinox.launcher_*.jar is missing. Unpack the archive again. 1>&2
    exit /b 1
)

rem A command (a word, --help, --version, ...) runs the command line; only --data-dir DIR, -nl LOCALE and the
rem workbench's own -options open the window.
set "APPLICATION=mai.launcher.ui.app"
set "SKIP="
:scan
if "%~1"=="" goto scanned
if defined SKIP (
    set "SKIP="
    shift
    goto scan
)
set "ARG=%~1"
if /i "!ARG!"=="--data-dir" set "SKIP=1"
if /i "!ARG!"=="-nl" set "SKIP=1"
if /i "!ARG!"=="-data" set "SKIP=1"
if /i "!ARG!"=="-configuration" set "SKIP=1"
if not defined SKIP (
    if "!ARG:~0,11!"=="--data-dir=" (
        rem the data folder, not a command
    ) else if "!ARG!"=="-h" (
        set "APPLICATION=mai.launcher.cli.app"
    ) else if "!ARG!"=="-V" (
        set "APPLICATION=mai.launcher.cli.app"
    ) else if "!ARG:~0,2!"=="--" (
        set "APPLICATION=mai.launcher.cli.app"
    ) else if not "!ARG:~0,1!"=="-" (
        set "APPLICATION=mai.launcher.cli.app"
    )
)
shift
goto scan
:scanned

set "VMARGS=--enable-native-access=ALL-UNNAMED -Dosgi.requiredJavaVersion=21 -Xss4m "-Djava.util.logging.config.file=%HERE%logging.properties""
if "%APPLICATION%"=="mai.launcher.cli.app" set "VMARGS=%VMARGS% -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

rem The workbench asks for a restart (exit code 23) after an update; start it again until it exits otherwise.
:launch
"%JAVA%" %VMARGS% %MAI_LAUNCHER_VM_ARGS% -jar "%LAUNCHER%" -application %APPLICATION% %*
set "CODE=%ERRORLEVEL%"
if "%CODE%"=="23" if "%APPLICATION%"=="mai.launcher.ui.app" goto launch
exit /b %CODE%

rem Sets JAVA to the given java.exe when it is Java 21 or newer.
:check
set "MAJOR=0"
for /f "tokens=3" %%V in ('"%~1" -version 2^>^&1 ^| findstr /i /c:"version"') do (
    for /f "delims=.-+" %%M in ("%%~V") do set "MAJOR=%%M"
)
if !MAJOR! GEQ 21 (
    set "JAVA=%~1"
) else (
    set "TRIED=!TRIED! Found, but too old: %~1 ^(Java !MAJOR!^)."
)
exit /b 0
