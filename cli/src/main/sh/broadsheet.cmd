@echo off
rem Broadsheet's launcher for Windows: the same as "java -jar broadsheet.jar ...".
rem JAVA_HOME picks the Java (else the java on the PATH) unless the distribution brings its own in runtime\; BROADSHEET_OPTS adds options for it, such as -Xmx1g.
setlocal
set "here=%~dp0"
set "jar=%here%broadsheet.jar"
if not exist "%jar%" set "jar=%here%..\lib\broadsheet.jar"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
rem the self-contained image (mvn package -Pimage) brings its own Java in ..\runtime, which wins
if exist "%here%..\runtime\bin\java.exe" set "java=%here%..\runtime\bin\java"
"%java%" -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 %BROADSHEET_OPTS% -jar "%jar%" %*
exit /b %ERRORLEVEL%
