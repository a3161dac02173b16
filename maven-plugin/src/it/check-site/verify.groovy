// The check's problems, each as file:line: message, then the summary as the reason the build failed.
def log = new File(basedir, 'build.log').getText('UTF-8')
def errors = log.readLines().findAll { it.startsWith('[ERROR] content/') }
assert errors.size() == 1 : log
assert errors[0] == '[ERROR] content/world/harbour.md:5: link to /world/port-authority/ goes nowhere: the site has no page there'
assert log =~ /Checked \d+ pages and \d+ feeds and sitemaps in [0-9.]+ s \(build [0-9.]+ s\): 1 error, \d+ warnings?\./
assert !new File(basedir, 'site').exists()
