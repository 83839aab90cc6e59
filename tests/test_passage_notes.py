"""What the reader repaired in a passage (a drop capital the source lost: "onsidering" →
"Considering") is stored with the passage, and shown with it when the document is read in context;
a store made before passages kept their notes is rebuilt with them."""
import sqlite3

from azmap.corpus import rebuild
from azmap.corpus.rebuild import open_store

NOTE = "restored initial capital: 'onsidering' → 'Considering'"


def _noted(store):
    for doc in store.documents():
        for p in store.document_passages(doc["doc_id"]):
            if p["notes"]:
                yield doc, p


def test_a_restored_capital_is_stored_with_its_passage():
    with open_store() as store:
        noted = list(_noted(store))
    assert [p["notes"] for _, p in noted] == [[NOTE]]
    assert noted[0][1]["text"].startswith("Considering both the historical process")


def test_a_store_from_before_the_notes_is_migrated_with_them():
    path = rebuild.ensure_store().path
    conn = sqlite3.connect(path)  # the store as the schema before notes made it
    with conn:
        conn.execute("ALTER TABLE passages DROP COLUMN notes")
        conn.execute("UPDATE meta SET value='7' WHERE key='schema_version'")
    conn.close()
    messages = []
    rebuild.ensure_store(log=messages.append)
    assert any("old schema" in m for m in messages)
    with open_store() as store:
        assert [p["notes"] for _, p in _noted(store)] == [[NOTE]]
        assert store.counts()["documents"] == 5


def test_read_in_context_says_what_was_repaired():
    from azmap.ui.panel_html import reading_html

    with open_store() as store:
        doc, passage = next(_noted(store))
        html = reading_html(store.document(doc["doc_id"]), store.document_passages(doc["doc_id"]), passage["seq"])
    assert "Considering both the historical process" in html
    assert "<i>restored initial capital: &#x27;onsidering&#x27; → &#x27;Considering&#x27;</i>" in html
