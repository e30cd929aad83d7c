@echo off
rem Starts Chorus on Windows.
rem   chorus [--workspace DIR] [workbench options]   the workbench
rem   chorus COMMAND [options]                        a headless command
rem Java: %JAVA_HOME%\bin\java.exe, else java on PATH; Java 21 or newer.
setlocal EnableExtensions
set "CHORUS_HOME=%~dp0"

if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA (
  for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
)
if not defined JAVA (
  echo chorus: no Java found. Install Java 21 or newer and put it on PATH or set JAVA_HOME. 1>&2
  exit /b 3
)
set "JAVA_VERSION="
for /f "tokens=2 delims==" %%V in ('"%JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "JAVA_VERSION=%%V"
set "JAVA_VERSION=%JAVA_VERSION: =%"
for /f "tokens=1 delims=." %%M in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%M"
if "%JAVA_MAJOR%"=="" set "JAVA_MAJOR=0"
if %JAVA_MAJOR% LSS 21 (
  echo chorus: %JAVA% is Java %JAVA_VERSION%; Chorus needs Java 21 or newer. Set JAVA_HOME to a Java 21+ installation. 1>&2
  exit /b 3
)

set "LAUNCHER="
for %%L in ("%CHORUS_HOME%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo chorus: the installation in %CHORUS_HOME% is incomplete: no org.eclipse.equinox.launcher in plugins. 1>&2
  exit /b 3
)
set "VM=-Dosgi.requiredJavaVersion=21 -Dfile.encoding=UTF-8 %CHORUS_VM_OPTIONS%"

set "FIRST=%~1"
set "WORKBENCH=false"
if "%FIRST%"=="" set "WORKBENCH=true"
if "%FIRST:~0,1%"=="-" set "WORKBENCH=true"
if "%FIRST%"=="--version" set "WORKBENCH=false"
if "%FIRST%"=="--help" set "WORKBENCH=false"
if "%FIRST%"=="-h" set "WORKBENCH=false"

if "%WORKBENCH%"=="false" goto headless
if not "%FIRST%"=="--workspace" goto workbench
if "%~2"=="" (
  echo chorus: --workspace needs a folder 1>&2
  exit /b 64
)
set "WORKSPACE=%~2"
shift
shift
:workbench
set "DATA_ARGS="
if defined WORKSPACE set DATA_ARGS=-data "%WORKSPACE%"
"%JAVA%" %VM% "-Djava.util.logging.config.file=%CHORUS_HOME%logging.properties" -Xms128m -Xmx2g -jar "%LAUNCHER%" -name Chorus %DATA_ARGS% %1 %2 %3 %4 %5 %6 %7 %8 %9
exit /b %ERRORLEVEL%

:headless
"%JAVA%" %VM% "-Djava.util.logging.config.file=%CHORUS_HOME%logging.properties" -Djava.awt.headless=true -jar "%LAUNCHER%" -application io.github.chorus.cli.application -nosplash -data @noDefault %*
exit /b %ERRORLEVEL%
