// The draft and the scheduled article are published, for the staging address, into target/staging.
def out = new File(basedir, 'target/staging')
['harbour', 'bridge', 'election'].each { slug ->
    def page = new File(out, "world/${slug}/index.html")
    assert page.isFile() : "no ${page}"
    assert page.getText('UTF-8').contains("<link rel=\"canonical\" href=\"https://staging.example.org/gazette/world/${slug}/\">")
}
assert !new File(out, 'index.html').getText('UTF-8').contains('https://example.org/gazette/')
assert !new File(basedir, 'site').exists()
