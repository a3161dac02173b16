// Every problem on a line of its own, file:line: message, as the command line prints it; no site written.
def log = new File(basedir, 'build.log').getText('UTF-8')
def errors = log.readLines().findAll { it.startsWith('[ERROR] content/') }
assert errors.size() == 2 : log
assert errors[0] == '[ERROR] content/world/storm.md:3: date "someday" is not ISO 8601 (write e.g. 2026-11-27 or 2026-11-27T14:05:00-04:00)'
assert errors[1] == '[ERROR] content/world/untitled.md:1: title is missing (add a line title: ... to the front matter)'
assert log.contains('Build failed: 2 errors. No site was written.')
assert !new File(basedir, 'site').exists()
