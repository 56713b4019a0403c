<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Select all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ages</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in is already open for this data folder ({folder}). Switch to that window, or start this one with --data-dir pointing elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {event} is not in the local cache and Wix cannot be reached to download it: run `checkin-app sync --event` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment at door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Wix refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also checked in on Wix at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send selected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send all again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock door mode to send items again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wix refused these uploads. Fix the cause, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These tickets were admitted here and also at another door or on Wix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused uploads: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted twice: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>{problem}
The barcode scanner and the guest search still work. Trying the camera again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera lost: {problem}
Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera was disconnected. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataHeld</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept until %n check-ins reach Wix</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Forgotten at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date: forget by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest names and e-mails are kept {days:g} days after each event ends, then forgotten (never while check-ins are unsent). Counts and the scan log stay. Everything is encrypted on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this event&apos;s guests now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the station&apos;s data: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the guests of {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest data on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>Could not undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; the problem was logged. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoorLock</name>
    <message>
        <source>Supervisor PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the supervisor PIN to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <source>No camera is set up. Scan with the barcode scanner or search for a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor must enter the PIN to admit this guest anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor must enter the PIN to change settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect {money} from {guest}, then admit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment collected — admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a supervisor PIN in Settings first; door mode is locked with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins not uploaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} check-ins are still waiting to upload to Wix. They are saved on this computer and will upload the next time the app runs with a network.

Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &amp;attention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large text and high contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peak verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in had not been uploaded yet; nothing was sent to Wix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wix will be told at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK-IN UNDONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock door mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in — {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event at this door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the scan sounds on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet — syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ %n admitted here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scans at this station, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check guests in at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan tickets with the camera or a barcode scanner, even without internet. Nothing is set up yet: try the demo with made-up guests, or connect your Wix site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Wix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API key in the Wix API Keys Manager with the Events permissions, and copy your site ID from the site&apos;s dashboard address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and download the guest list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the site ID and the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with Wix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Downloading the guest list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Downloading the guest list… %n tickets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuestSearch</name>
    <message>
        <source>In at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a guest: name, email, ticket or order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, email, ticket or order number; Enter checks in a single match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter checks in the selected guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least two letters or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guest matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockIndicator</name>
    <message>
        <source>locks in {n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locks in {n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides, settings and organizer views need the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays unlocked until you lock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door mode locks again at {time} unless a supervisor does something before; it also locks when the computer wakes from sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked after no supervisor activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked when the computer woke up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This panel could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer — {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Wix answers appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Wix answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-up sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live stats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted with a warning: paid, but the payment gateway suspended the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment suspended by the payment gateway: not admitted (organizer&apos;s setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted with a warning: card authorised, not yet charged (can still be voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card only authorised, not charged: not admitted (organizer&apos;s setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay at door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order only partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived by the organizer (hidden from Wix&apos;s order list, not canceled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a ticket for this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a ticket for this event: {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket not on the guest list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket not on the guest list (guest list updated {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket no longer on the guest list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in at {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: collect {money}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted by supervisor (was: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment collected: {money}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer on the guest list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentScans</name>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} — {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collect payment and admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admit anyway (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time until the card clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ticket&apos;s QR code to the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or scan it, or search the guest list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the next guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {headline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMIT (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALREADY IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAYMENT DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ON THE LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WRONG EVENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT PAID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT A TICKET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in at {time} at {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not a ticket for any event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <source>New shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count totals from now (e.g. after emptying the till)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the event at the door first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with your phone to pay {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets are emailed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let Wix take the order without the form&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Wix&apos;s form check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the order with ignoreFormValidation; answers can be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wix then accepts the order even when required answers are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales need the network, and Wix cannot be reached. The door keeps working: scans are saved and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or cancel the current sale before switching events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick how many tickets the guest wants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding the tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets held. Take the guest&apos;s name and email, then the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the cash sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the order for card payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold. The tickets are ready to check in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale cancelled: the tickets are back on sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold expired: the tickets are back on sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale did not go through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the guest scan the code and pay on their phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finished %n sales left from before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Held for {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel or finish this sale first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not go through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Wix how many tickets of each type are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Wix how many tickets are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many: {ticket}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold these tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve the chosen tickets while the guest decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received: sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card: show pay code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a code the guest scans to pay by card on their phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Wix where this sale stands and finish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the free tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Where to keep the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring (or it is locked). Check-in needs a safe place for the Wix API key and the key that encrypts the guest list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keys saved with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them in a file protected by a passphrase (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved: the API key is asked again next time, and check-ins not yet sent to Wix when the app closes cannot be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open the saved keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Station settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Door 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key from the Wix API Keys Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (first camera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sound for each scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN: anyone can change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the PIN (no door mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit guests whose payment the gateway suspended (PENDING)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit guests whose card is authorised but not charged (AUTHORIZED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit suspended payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit authorised card payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted guests get a warning on the card; unticked, they are turned away and a supervisor can still admit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the result after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wix connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments Wix is still settling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor PIN (door mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget guest names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys kept in {store}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is held, and until when…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the API key: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the site ID that the API key belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN needs at least {n} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution looks like 1280x720.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door mode and accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a supervisor PIN, door mode locks again after this long without a supervisor action, and whenever the computer wakes from sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak each verdict (e.g. “Admit, Anna Lee, VIP”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text and high contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock door mode after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this computer ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Check-in starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>Event to set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from Wix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the chosen event and its ticket types from Wix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Wix answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose an event —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event chosen: create or copy one in step 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the door&apos;s event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wix allows three policies per event. Pick one to change, move or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies, in the order guests see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Refund policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the policy “%1” on Wix?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests see the schedule on the event page; changes here are published at once. Pick an item to change or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Doors open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Main stage (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from the schedule on Wix?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Summer Gala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online event (no venue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold tickets for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create draft event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the copy (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the event chosen above (form, tickets, settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Or copy the chosen event&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the event to copy in the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing puts the event on sale on your site. It cannot be undone: a published event cannot go back to draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand, publish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this event at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See sales figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See form answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One category per line (up to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the event in this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a category first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff check guests in with the Check-in by Wix app on their phone. Pick someone to change what they may do, or to pause their access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sam at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their login link stops working until you resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login link: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Their login link stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, must answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (always asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests answer these questions at checkout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests must answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the question picked in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the question picked in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the question “%1” from the form on Wix?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to Wix: setting up an event needs the network. You can type now; nothing is sent until the station is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create an event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to Wix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wix refused: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee added at checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. General Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: set a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the ticket type picked in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the ticket type picked in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the ticket type to change in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the ticket type to delete in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the ticket type “%1” on Wix?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Qt TextToSpeech is not available ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine is installed on this computer, so verdicts are not spoken (on Linux install speech-dispatcher and a voice such as espeak-ng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine “{engine}” does not work here: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>Share of sold tickets checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh from Wix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Wix for the latest sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the scan log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scan at this station, turned-away guests included, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the event at the door to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: these figures come from this station&apos;s cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Wix for the latest sales…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: figures from this station&apos;s cache (ages below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wix orders summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated from the guest list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-up sales here: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals by station: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest list as of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales summary as of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the event at the door first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes: nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has arrived yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n arrivals in the last two hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: check-ins are kept and upload later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to Wix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⇡ %n waiting to upload</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n need attention…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✔ All check-ins uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync {age}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
