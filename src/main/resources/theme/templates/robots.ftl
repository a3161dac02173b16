<#ftl output_format="plainText">
User-agent: *
Allow: /

Sitemap: ${site.absUrl}sitemap.xml
