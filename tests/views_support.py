"""The document the saved-view tests choose a passage from (written for them): five paragraphs under
a title, the one chosen, and a paragraph to insert before it."""

TITLE = "Ferries across the Caspian"
PARAS = [
    "The ferry from Alat to Kuryk leaves when its hold is full rather than by the timetable, so drivers "
    "wait on the quay for two days or more.",
    "Loading is slow because every lorry is weighed twice, once at the gate and once on the ramp, and the "
    "scales at the gate were built for lighter vehicles.",
    "In winter the northern wind closes the port of Alat for days at a time, and the queue of lorries "
    "stretches back along the road to the customs yard.",
    "The new terminal was meant to halve the waiting time by sorting cargo before it reaches the quay, but "
    "its second berth has not opened yet.",
    "Shippers on the eastern shore ask for a fixed timetable, which the operator says it can only offer "
    "once a third vessel joins the route.",
]
CHOSEN = 2  # the winter wind
INSERTED = ("Before any of this, each lorry's papers are read at a kiosk near the ferry office, where a single "
            "clerk stamps the transit permits by hand.")


def write(path, paras):
    path.write_text(TITLE + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
