"""What a web page's tags and markup say of its title, authors, date, site and address, as trafilatura's
``extract_metadata`` reads them (``extensive=False``), without the fields the reader does not use: the
categories, the tags and the licence, which the library reads last and from which nothing above is
worked out (each read alone, the tree left as it was). The same steps, in the same order, through the
library's own functions, for the version this was written against; another version is read by the
library's function itself."""
from __future__ import annotations

_WRITTEN_FOR = "2.3.1"  # trafilatura's version whose extract_metadata these steps are


def page_metadata(tree):
    """trafilatura's Document of ``tree``'s metadata: title, author, url, hostname, date and sitename as
    ``trafilatura.extract_metadata(tree, extensive=False)`` gives them (the other fields left empty)."""
    import trafilatura
    from trafilatura import metadata as tm

    if trafilatura.__version__ != _WRITTEN_FOR:
        return trafilatura.extract_metadata(tree, extensive=False)
    date_config = tm.set_date_params(False)
    if tree is None:
        return tm.Document()
    meta = tm.examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    try:
        meta = tm.extract_meta_json(tree, meta)
    except Exception as err:  # (as the library: bugs in its JSON-LD reader)
        tm.LOGGER.warning("error in JSON metadata extraction: %s", err)
    if not meta.title:
        meta.title = tm.extract_title(tree)
    if not meta.author:
        meta.author = tm.extract_author(tree)
    if not meta.url:
        meta.url = tm.extract_url(tree, None)
    if meta.url:
        meta.hostname = tm.extract_domain(meta.url, fast=True)
    date_config["url"] = meta.url
    meta.date = tm.find_date(tree, **date_config)
    if not meta.sitename:
        meta.sitename = tm.extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url:
        found = tm.META_URL.match(meta.url)
        if found:
            meta.sitename = found[1]
    meta.filedate = date_config.get("max_date")
    meta.clean_and_trim()
    return meta
