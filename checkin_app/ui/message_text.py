"""What the other layers tell people (errors, step summaries, sync and camera problems), in
the user's language.

Services, sync, storage and the scanner write their messages in English: the CLI prints them
as they are and logs keep them so. The GUI shows them through this catalog (see
ui/text_catalog.py): each template below is one message as the layer writes it, with named
placeholders. tests/unit/test_message_catalog.py reads those layers' source and fails on a
sentence this catalog does not know.

What stays English by design: Wix's own descriptions inside a message ("… was refused by
Wix: <Wix's words>"), file paths, names, and the reports meant for technicians (`doctor`,
the repair report, logs).
"""

from __future__ import annotations

from checkin_app.ui.i18n import QT_TRANSLATE_NOOP
from checkin_app.ui.reason_text import reason_text
from checkin_app.ui.text_catalog import TextCatalog

CONTEXT = "Messages"

TEMPLATES: tuple[str, ...] = (
    # -- connecting to Wix (bootstrap.py, sync/push.py) --------------------------------------
    QT_TRANSLATE_NOOP(
        "Messages", "No Wix site id: pass --site-id, set {variable}, or save it in the settings."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "No API key for site {site}: set {variable} or store the key in the app's settings "
        "(kept in the system keyring).",
    ),
    QT_TRANSLATE_NOOP("Messages", "Cannot connect to Wix: {error}."),
    QT_TRANSLATE_NOOP("Messages", "Cannot use the API key: {error}."),
    QT_TRANSLATE_NOOP(
        "Messages", "Wix rejected the API key (401): enter a valid key to resume sending."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Wix says the Wix Events app is not installed on this site (428): install it, then "
        "re-enter the key to resume.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The API key is not allowed to do this on this site (403): check the key's permissions "
        "and the site id, then re-enter the key to resume.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Wix refused this call"),
    QT_TRANSLATE_NOOP("Messages", "Wix refused: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "The queued call names no valid ticket or order number"),
    # A sync pass that failed (sync/engine.py, describe_error), with or without the retry
    QT_TRANSLATE_NOOP("Messages", "Wix sent a list that does not add up: {detail}."),
    QT_TRANSLATE_NOOP("Messages", "Refused a reply from Wix: {detail}."),
    QT_TRANSLATE_NOOP("Messages", "Refused a reply from Wix: {detail}; retrying in {seconds} s."),
    QT_TRANSLATE_NOOP("Messages", "Offline: cannot reach Wix ({detail}). Nothing queued is lost."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Offline: cannot reach Wix ({detail}); retrying in {seconds} s. Nothing queued is lost.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "Wix asked to slow down (too many requests). Nothing queued is lost."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Wix asked to slow down (too many requests); retrying in {seconds} s. Nothing queued "
        "is lost.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Wix is having trouble ({status} {code})."),
    QT_TRANSLATE_NOOP(
        "Messages", "Wix is having trouble ({status} {code}); retrying in {seconds} s."
    ),
    QT_TRANSLATE_NOOP("Messages", "Wix does not know this: {detail}."),
    QT_TRANSLATE_NOOP("Messages", "Event {event} was not found on Wix."),
    QT_TRANSLATE_NOOP("Messages", "Wix sent no result for this ticket"),
    # -- Wix problems in the organizer's work (services/wix_problems.py) ---------------------
    QT_TRANSLATE_NOOP(
        "Messages",
        "{action} needs the network, and Wix cannot be reached right now. Nothing was lost: "
        "try again when the connection is back.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "{action} failed: Wix is busy or had a problem ({detail}). Try again."
    ),
    QT_TRANSLATE_NOOP("Messages", "Wix did not accept the API key. Check the key in Settings."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{action} is not allowed with this API key ({detail}). Give the key the Wix Events "
        "permissions it needs.",
    ),
    QT_TRANSLATE_NOOP("Messages", "{action} was refused by Wix. {details}"),
    QT_TRANSLATE_NOOP("Messages", "{action} failed: Wix does not know it ({detail})."),
    QT_TRANSLATE_NOOP("Messages", "{action} was refused by Wix: {detail}"),
    # What was being done when Wix answered ({action} above)
    QT_TRANSLATE_NOOP("Messages", "Adding the policy"),
    QT_TRANSLATE_NOOP("Messages", "Adding the question"),
    QT_TRANSLATE_NOOP("Messages", "Adding the schedule item"),
    QT_TRANSLATE_NOOP("Messages", "Adding the staff member"),
    QT_TRANSLATE_NOOP("Messages", "Adding the ticket type"),
    QT_TRANSLATE_NOOP("Messages", "Cancelling the reservation"),
    QT_TRANSLATE_NOOP("Messages", "Checking out"),
    QT_TRANSLATE_NOOP("Messages", "Checking the order"),
    QT_TRANSLATE_NOOP("Messages", "Checking the payment"),
    QT_TRANSLATE_NOOP("Messages", "Checking the reservation"),
    QT_TRANSLATE_NOOP("Messages", "Confirming the payment"),
    QT_TRANSLATE_NOOP("Messages", "Copying the event"),
    QT_TRANSLATE_NOOP("Messages", "Creating the categories"),
    QT_TRANSLATE_NOOP("Messages", "Creating the category"),
    QT_TRANSLATE_NOOP("Messages", "Creating the event"),
    QT_TRANSLATE_NOOP("Messages", "Deleting the policy"),
    QT_TRANSLATE_NOOP("Messages", "Deleting the question"),
    QT_TRANSLATE_NOOP("Messages", "Deleting the schedule item"),
    QT_TRANSLATE_NOOP("Messages", "Deleting the ticket type"),
    QT_TRANSLATE_NOOP("Messages", "Fetching the new tickets"),
    QT_TRANSLATE_NOOP("Messages", "Looking for the order"),
    QT_TRANSLATE_NOOP("Messages", "Moving the policy"),
    QT_TRANSLATE_NOOP("Messages", "Pausing the access"),
    QT_TRANSLATE_NOOP("Messages", "Publishing the event"),
    QT_TRANSLATE_NOOP("Messages", "Publishing the schedule"),
    QT_TRANSLATE_NOOP("Messages", "Putting the event in the category"),
    QT_TRANSLATE_NOOP("Messages", "Reading the event"),
    QT_TRANSLATE_NOOP("Messages", "Reading the order"),
    QT_TRANSLATE_NOOP("Messages", "Reading the policies"),
    QT_TRANSLATE_NOOP("Messages", "Reading the policy"),
    QT_TRANSLATE_NOOP("Messages", "Reading the registration form"),
    QT_TRANSLATE_NOOP("Messages", "Reading the schedule"),
    QT_TRANSLATE_NOOP("Messages", "Reading the staff member"),
    QT_TRANSLATE_NOOP("Messages", "Reading the staff members"),
    QT_TRANSLATE_NOOP("Messages", "Reading the ticket type"),
    QT_TRANSLATE_NOOP("Messages", "Reading the ticket types"),
    QT_TRANSLATE_NOOP("Messages", "Refreshing the sales figures"),
    QT_TRANSLATE_NOOP("Messages", "Removing the staff member"),
    QT_TRANSLATE_NOOP("Messages", "Reserving the tickets"),
    QT_TRANSLATE_NOOP("Messages", "Resuming the access"),
    QT_TRANSLATE_NOOP("Messages", "Saving the permissions"),
    QT_TRANSLATE_NOOP("Messages", "Saving the policy"),
    QT_TRANSLATE_NOOP("Messages", "Saving the question"),
    QT_TRANSLATE_NOOP("Messages", "Saving the schedule item"),
    QT_TRANSLATE_NOOP("Messages", "Saving the ticket type"),
    QT_TRANSLATE_NOOP("Messages", "Turning on the schedule"),
    # -- the door and the search (services/checkin.py, stats.py, exports.py, retention.py) ---
    QT_TRANSLATE_NOOP("Messages", "No events are cached yet: run `checkin-app sync` first."),
    QT_TRANSLATE_NOOP("Messages", "Event {event} is not in the local cache; run sync."),
    QT_TRANSLATE_NOOP("Messages", "That is not a ticket code; nothing to admit."),
    QT_TRANSLATE_NOOP("Messages", "No payment is due for this ticket ({reason})."),
    QT_TRANSLATE_NOOP("Messages", "Ticket {ticket} is not checked in."),
    QT_TRANSLATE_NOOP("Messages", "The guest list has never been downloaded on this station."),
    QT_TRANSLATE_NOOP("Messages", "{count} checked in"),
    QT_TRANSLATE_NOOP("Messages", "{count} not admitted"),
    QT_TRANSLATE_NOOP("Messages", "Event {event} is not on this station."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{count} check-in(s) for {event} are not yet sent to Wix: sync first, then forget "
        "(nothing was changed).",
    ),
    QT_TRANSLATE_NOOP("Messages", "Cannot write {file}: it is a folder."),
    QT_TRANSLATE_NOOP("Messages", "Cannot write {file}: the folder {folder} does not exist."),
    QT_TRANSLATE_NOOP("Messages", "Cannot write {file}: {error}."),
    QT_TRANSLATE_NOOP("Messages", "Cannot save {file}: {error}."),
    # -- walk-up sales (services/sales.py, sale_orders.py, sale_reconcile.py, checkout_form.py)
    QT_TRANSLATE_NOOP("Messages", "That sale is not on this station."),
    QT_TRANSLATE_NOOP("Messages", "Wix did not mark the order paid (it is {status}). Try again."),
    QT_TRANSLATE_NOOP("Messages", "Wix says the order is {status}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The cash was taken for this sale: finish it (Retry) instead of cancelling.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Wix's answer to the reservation was lost; any held tickets return to stock when the "
        "hold expires.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Cancelled before Wix held tickets."),
    QT_TRANSLATE_NOOP("Messages", "Wix no longer holds it."),
    QT_TRANSLATE_NOOP("Messages", "Wix has not confirmed the hold on these tickets."),
    QT_TRANSLATE_NOOP("Messages", "This sale was cancelled; start a new one."),
    QT_TRANSLATE_NOOP("Messages", "The hold on these tickets expired; start a new sale."),
    QT_TRANSLATE_NOOP("Messages", "This sale did not go through; start a new one."),
    QT_TRANSLATE_NOOP("Messages", "The sale is {state}."),
    QT_TRANSLATE_NOOP("Messages", "A quantity cannot be negative."),
    QT_TRANSLATE_NOOP("Messages", "Pick at least one ticket."),
    QT_TRANSLATE_NOOP("Messages", "At most {count} tickets per order for this event."),
    QT_TRANSLATE_NOOP("Messages", "That ticket type is not on sale here; refresh the list."),
    QT_TRANSLATE_NOOP("Messages", "“{ticket}” is sold out."),
    QT_TRANSLATE_NOOP("Messages", "“{ticket}” is not on sale now."),
    QT_TRANSLATE_NOOP("Messages", "Only {count} “{ticket}” left."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{detail} If Wix did hold tickets, they return to stock when the hold expires.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The registration form is not complete: 1 answer needs attention (or choose to skip "
        "Wix's form check).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The registration form is not complete: {count} answers need attention (or choose to "
        "skip Wix's form check).",
    ),
    QT_TRANSLATE_NOOP("Messages", "{wanted} guest forms are needed, {filled} filled in"),
    QT_TRANSLATE_NOOP("Messages", "is needed"),
    QT_TRANSLATE_NOOP("Messages", "is longer than 50 letters"),
    QT_TRANSLATE_NOOP("Messages", "is needed (the tickets are sent there)"),
    QT_TRANSLATE_NOOP("Messages", "does not look like an email address"),
    QT_TRANSLATE_NOOP("Messages", "needs an answer"),
    QT_TRANSLATE_NOOP("Messages", "is not one of the choices"),
    QT_TRANSLATE_NOOP("Messages", "is longer than {count} characters"),
    # -- event setup (services/setup*.py) ---------------------------------------------------
    QT_TRANSLATE_NOOP("Messages", "Please fix the dates: {problems}."),
    QT_TRANSLATE_NOOP("Messages", "must be after the start"),
    QT_TRANSLATE_NOOP("Messages", "date {number} ends before it starts"),
    QT_TRANSLATE_NOOP("Messages", "Created {kind} event “{event}” ({status})."),
    QT_TRANSLATE_NOOP("Messages", "draft"),
    QT_TRANSLATE_NOOP("Messages", "recurring ({count} dates)"),
    QT_TRANSLATE_NOOP("Messages", "Copied to “{event}” ({status})."),
    QT_TRANSLATE_NOOP("Messages", "Loaded “{event}”."),
    QT_TRANSLATE_NOOP("Messages", "Added ticket type “{ticket}”: {price}, {count} available."),
    QT_TRANSLATE_NOOP("Messages", "Saved ticket type “{ticket}”: {price}."),
    QT_TRANSLATE_NOOP("Messages", "Deleted the ticket type."),
    QT_TRANSLATE_NOOP("Messages", "Published “{event}” ({status})."),
    QT_TRANSLATE_NOOP("Messages", "Unknown time zone {zone}."),
    QT_TRANSLATE_NOOP("Messages", "unknown time zone"),
    QT_TRANSLATE_NOOP("Messages", "The price {price} is not a number."),
    QT_TRANSLATE_NOOP("Messages", "not a number"),
    QT_TRANSLATE_NOOP("Messages", "A price cannot be negative."),
    QT_TRANSLATE_NOOP("Messages", "cannot be negative"),
    QT_TRANSLATE_NOOP("Messages", "Added the policy “{name}”."),
    QT_TRANSLATE_NOOP("Messages", "Saved the policy “{name}”."),
    QT_TRANSLATE_NOOP("Messages", "Deleted the policy “{name}”."),
    QT_TRANSLATE_NOOP("Messages", "That policy is no longer on the event."),
    QT_TRANSLATE_NOOP("Messages", "“{name}” is already there."),
    QT_TRANSLATE_NOOP("Messages", "Moved “{name}”."),
    QT_TRANSLATE_NOOP("Messages", "Schedule turned on."),
    QT_TRANSLATE_NOOP("Messages", "Wix did not turn the schedule on."),
    QT_TRANSLATE_NOOP("Messages", "Added “{name}” to the schedule."),
    QT_TRANSLATE_NOOP("Messages", "Saved “{name}”."),
    QT_TRANSLATE_NOOP("Messages", "Deleted “{name}” from the schedule."),
    QT_TRANSLATE_NOOP("Messages", "The item must end after it starts."),
    QT_TRANSLATE_NOOP("Messages", "must be after start"),
    QT_TRANSLATE_NOOP("Messages", "Choose at least one permission."),
    QT_TRANSLATE_NOOP("Messages", "choose one"),
    QT_TRANSLATE_NOOP("Messages", "Wix allows at most four permissions per staff member."),
    QT_TRANSLATE_NOOP("Messages", "choose at most four"),
    QT_TRANSLATE_NOOP("Messages", "Type at least one category name."),
    QT_TRANSLATE_NOOP("Messages", "must not be empty"),
    QT_TRANSLATE_NOOP("Messages", "Wix creates at most 10 categories at once."),
    QT_TRANSLATE_NOOP("Messages", "too many"),
    QT_TRANSLATE_NOOP("Messages", "Created the category “{name}”."),
    QT_TRANSLATE_NOOP("Messages", "Created {count} categories."),
    QT_TRANSLATE_NOOP("Messages", "Created {count} categories. Wix refused {refused}."),
    QT_TRANSLATE_NOOP("Messages", "The event is in the category."),
    QT_TRANSLATE_NOOP("Messages", "Added {name} ({permissions})."),
    QT_TRANSLATE_NOOP("Messages", "Added {name} ({permissions}). Their login link is ready."),
    QT_TRANSLATE_NOOP("Messages", "{name} may now: {permissions}."),
    QT_TRANSLATE_NOOP("Messages", "Paused {name}'s access."),
    QT_TRANSLATE_NOOP("Messages", "{name} has access again."),
    QT_TRANSLATE_NOOP("Messages", "Removed {name}."),
    QT_TRANSLATE_NOOP("Messages", "Unknown question type {kind}."),
    QT_TRANSLATE_NOOP("Messages", "unknown type"),
    QT_TRANSLATE_NOOP("Messages", "Type the question first."),
    QT_TRANSLATE_NOOP("Messages", "The question is longer than {count} characters."),
    QT_TRANSLATE_NOOP("Messages", "must be at most {count} characters"),
    QT_TRANSLATE_NOOP("Messages", "This type of question needs at least {count} choices."),
    QT_TRANSLATE_NOOP("Messages", "needs at least {count} choices, separated by commas"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Name and e-mail are always on Wix's form; change them in the Wix dashboard.",
    ),
    QT_TRANSLATE_NOOP("Messages", "cannot be changed here"),
    QT_TRANSLATE_NOOP("Messages", "Name and e-mail cannot be removed from Wix's form."),
    QT_TRANSLATE_NOOP(
        "Messages", "Added the question “{question}” ({count} questions on the form)."
    ),
    QT_TRANSLATE_NOOP("Messages", "Saved the question “{question}”."),
    QT_TRANSLATE_NOOP("Messages", "Deleted the question “{question}”."),
    # -- the station's database and keys (services/station_open.py, secrets.py, storage) ----
    QT_TRANSLATE_NOOP(
        "Messages",
        "{key} does not open this station's database {file} (it was made with another key); "
        "nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This station's guest list is encrypted and its key is not available here (no "
        "unlocked keyring entry, no {variable}); nothing was changed. To open it, set "
        "{variable2} to this station's key, or open the app on this computer and unlock the "
        "store that keeps it.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This station's database {file} (made {date}) is gone: scans not yet sent to Wix may "
        "be lost. Put the file back, or run `checkin-app repair` to start a new, empty one.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "No database at {file}: run `checkin-app sync` first to download the guest list.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The database key cannot be read: {error}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "A new station keeps its guest list encrypted, and there is no place for its key here "
        "(no system keyring): {how}. Nothing was created.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Cannot keep the database key: {error}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This station's guest list was saved unencrypted by an older version and is "
        "encrypted on first start, but there is no place for its key here: {how}. Nothing was "
        "changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The database {file} cannot be read: it is damaged, or the key is not this station's. "
        "Nothing was changed. {detail}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The database {file} is damaged (or not readable with this station's key); nothing "
        "was decided or changed.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The data directory {folder} is read-only."),
    QT_TRANSLATE_NOOP("Messages", "The disk holding {file} is full. Free some space and retry."),
    QT_TRANSLATE_NOOP("Messages", "The disk holding {file} is full."),
    QT_TRANSLATE_NOOP(
        "Messages", "Cannot open the database {file} (missing folder or no permission)."
    ),
    QT_TRANSLATE_NOOP("Messages", "The database {file} is busy in another program."),
    QT_TRANSLATE_NOOP("Messages", "Database error in {file}: {error}"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The database {file} is damaged: scans are not decided until it is salvaged (restart "
        "the app, or run `checkin-app repair`).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The database {file} was written by a newer checkin-app; update the app."
    ),
    QT_TRANSLATE_NOOP("Messages", "Cannot create the data directory {folder}: {error}."),
    QT_TRANSLATE_NOOP(
        "Messages", "Encrypting {file} did not copy every row; the plain file is kept."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The database {file} is in use by another program; close it and start again.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Could not encrypt the database {file}: {error}."),
    QT_TRANSLATE_NOOP("Messages", "The encrypted copy of {file} did not verify; nothing changed."),
    QT_TRANSLATE_NOOP("Messages", "No passphrase store at {file}."),
    QT_TRANSLATE_NOOP("Messages", "Cannot use the passphrase store {file}: {error}."),
    QT_TRANSLATE_NOOP("Messages", "That passphrase does not open the stored secrets."),
    QT_TRANSLATE_NOOP("Messages", "the passphrase needs at least {count} characters"),
    QT_TRANSLATE_NOOP("Messages", "there is no passphrase store yet on this computer"),
    QT_TRANSLATE_NOOP("Messages", "cannot save in the system keyring ({error})"),
    QT_TRANSLATE_NOOP("Messages", "cannot reach the system keyring ({error})"),
    QT_TRANSLATE_NOOP("Messages", "the {what} is empty"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the {what} contains a line break or another control character inside it; copy it "
        "again as one line",
    ),
    # -- the camera (scanner/camera.py, files.py, sources.py) -------------------------------
    QT_TRANSLATE_NOOP(
        "Messages",
        "No camera found at index {index}: check that it is plugged in and not used by another "
        "program, or choose another camera.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Camera {index} was disconnected and did not come back."),
    QT_TRANSLATE_NOOP("Messages", "No such video file: {file}"),
    QT_TRANSLATE_NOOP("Messages", "Cannot read {file}: not a video this app can decode."),
    QT_TRANSLATE_NOOP("Messages", "No images found in {folder}"),
    QT_TRANSLATE_NOOP("Messages", "Cannot read {file}: the video has no readable frames."),
    QT_TRANSLATE_NOOP("Messages", "None of the images could be read."),
    QT_TRANSLATE_NOOP("Messages", "No such file or folder: {file}"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "No camera, file or folder called {name}: give a camera number (0), a video or image "
        "file, a folder of images, or 'demo'.",
    ),
    # -- pairing with the venue hub (hublink/pairing.py, services/hub_door.py, the hub) ------
    QT_TRANSLATE_NOOP("Messages", "The hub address must be https://host:port, not {url}."),
    QT_TRANSLATE_NOOP("Messages", "Cannot reach the hub at {url} ({error})."),
    QT_TRANSLATE_NOOP("Messages", "The hub presented no certificate."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The device at {url} is not the hub that was chosen (its certificate differs): another "
        "device may be posing as the hub. Nothing was paired.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The hub stopped answering ({error})."),
    QT_TRANSLATE_NOOP("Messages", "The hub at {url} sent an answer that is not JSON ({status})."),
    QT_TRANSLATE_NOOP(
        "Messages", "Too many pairing attempts: wait a minute, or ask for a new code."
    ),
    QT_TRANSLATE_NOOP("Messages", "The hub refused to pair ({status})."),
    QT_TRANSLATE_NOOP("Messages", "The hub's pairing answer is incomplete."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The hub could not prove it knows the code: another device may be posing as the hub on "
        "this network. Nothing was paired.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Wrong or expired pairing code (or the connection to the hub is being intercepted).",
    ),
    QT_TRANSLATE_NOOP("Messages", "Give the hub's address (https://host:port) or choose a hub."),
    QT_TRANSLATE_NOOP("Messages", "The pairing could not be kept in this computer's secret store."),
)

# Placeholders that hold another message (or a reason), translated in turn.
_NESTED = {"action", "error", "detail", "problems", "kind"}


def _value(name: str, text: str) -> str:
    if name == "reason":
        return reason_text(text)
    if name in _NESTED:
        return MESSAGES.translate(text)
    return text


MESSAGES = TextCatalog(CONTEXT, TEMPLATES, _value)


def message_text(text: str) -> str:
    """A message of another layer in the user's language (as it is when not in the catalog)."""
    return MESSAGES.translate(text)


def match_message(text: str) -> str | None:
    return MESSAGES.match(text)
