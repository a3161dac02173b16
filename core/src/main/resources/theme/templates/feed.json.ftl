<#ftl output_format="plainText">${json}
