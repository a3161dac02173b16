<#ftl output_format="plainText">
User-agent: *
Allow: /

Sitemap: ${site.absUrl}sitemap.xml
Sitemap: ${site.absUrl}news-sitemap.xml
