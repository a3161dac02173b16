// The site is in the site folder's site/, as broadsheet build writes it, and the log says what was built.
def page = new File(basedir, 'site/world/harbour/index.html')
assert page.isFile()
def html = page.getText('UTF-8')
assert html.contains('<h1')
assert html.contains('Harbour Reopens After Storm')
assert html.contains('<strong>Friday</strong>')
assert html.contains('<link rel="canonical" href="https://example.org/gazette/world/harbour/">')
assert new File(basedir, 'site/index.html').getText('UTF-8').contains('Harbour Reopens After Storm')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] Built \d+ pages \(1 article, 1 section, 1 tag\) in [0-9.]+ s into /
