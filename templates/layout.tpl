{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{#TITLE}}{{TITLE}} · {{/TITLE}}payband</title>
<link rel="stylesheet" href="{{BASE}}/static/payband.css">
<link rel="icon" href="{{BASE}}/static/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<a class="brand" href="{{BASE}}/">payband</a>
<nav aria-label="Main"><ul><li><a href="{{BASE}}/">Estimate</a></li><li><a href="{{BASE}}/compare">Compare regions</a></li><li><a href="{{BASE}}/contribute">Contribute</a></li><li><a href="{{BASE}}/#pick-title">Reports</a></li></ul></nav>
</header>
<main id="main">
{{>CONTENT}}
</main>
<footer class="site">
<p>payband shows published pay figures with their source and date beside each one. Figures from the U.S. Bureau of Labor Statistics and the Bureau of Economic Analysis are public domain; Stack Overflow Developer Survey 2023 data is used under the Open Database License.</p>
</footer>
</body>
</html>
