"""The first stage of the pipeline: a file, URL, stdin or given text becomes an `Article`.

The entry point is `factcheck.article.load.load_article`; the other modules are
its steps, one idea each (reading, decoding, HTML, header, byline, publication
time, zones, site junk).
"""
