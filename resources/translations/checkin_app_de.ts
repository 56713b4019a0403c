<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Select all rows</source>
        <translation>Alle Zeilen auswählen</translation>
    </message>
    <message>
        <source>More items</source>
        <translation>Weitere Einträge</translation>
    </message>
</context>
<context>
    <name>Ages</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Check-in is already open for this data folder ({folder}). Switch to that window, or start this one with --data-dir pointing elsewhere.</source>
        <translation>Check-in ist für diesen Datenordner schon geöffnet ({folder}). Wechseln Sie zu diesem Fenster oder starten Sie dieses mit --data-dir auf einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Event {event} is not in the local cache and Wix cannot be reached to download it: run `checkin-app sync --event` first.</source>
        <translation>Die Veranstaltung {event} ist nicht im lokalen Speicher, und Wix ist nicht erreichbar, um sie zu laden: zuerst `checkin-app sync --event` ausführen.</translation>
    </message>
    <message>
        <source>The database was repaired</source>
        <translation>Die Datenbank wurde repariert</translation>
    </message>
    <message>
        <source>Check-in cannot start</source>
        <translation>Check-in kann nicht starten</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Check-in zurücknehmen</translation>
    </message>
    <message>
        <source>Payment at door</source>
        <translation>Zahlung am Einlass</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Why Wix refused</source>
        <translation>Warum Wix ablehnte</translation>
    </message>
    <message>
        <source>Admitted here</source>
        <translation>Hier eingelassen</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Also checked in on Wix at</source>
        <translation>Auch bei Wix eingecheckt um</translation>
    </message>
    <message>
        <source>Refused uploads</source>
        <translation>Abgelehnte Übertragungen</translation>
    </message>
    <message>
        <source>Admitted twice</source>
        <translation>Doppelt eingelassen</translation>
    </message>
    <message>
        <source>Send selected again</source>
        <translation>Auswahl erneut senden</translation>
    </message>
    <message>
        <source>Send all again</source>
        <translation>Alle erneut senden</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <source>Unlock door mode to send items again.</source>
        <translation>Einlassmodus entsperren, um erneut zu senden.</translation>
    </message>
    <message>
        <source>Wix refused these uploads. Fix the cause, then send again.</source>
        <translation>Wix hat diese Übertragungen abgelehnt. Ursache beheben, dann erneut senden.</translation>
    </message>
    <message>
        <source>These tickets were admitted here and also at another door or on Wix.</source>
        <translation>Diese Tickets wurden hier und auch an einem anderen Einlass oder bei Wix eingelassen.</translation>
    </message>
    <message>
        <source>Refused uploads: {n}</source>
        <translation>Abgelehnte Übertragungen: {n}</translation>
    </message>
    <message>
        <source>Admitted twice: {n}</source>
        <translation>Doppelt eingelassen: {n}</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>{problem}
The barcode scanner and the guest search still work. Trying the camera again…</source>
        <translation>{problem}
Barcode-Scanner und Gästesuche funktionieren weiter. Die Kamera wird erneut versucht …</translation>
    </message>
    <message>
        <source>Camera lost: {problem}
Trying again…</source>
        <translation>Kamera verloren: {problem}
Neuer Versuch …</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>Das Video ist zu Ende.</translation>
    </message>
    <message>
        <source>The camera was disconnected. Reconnecting…</source>
        <translation>Die Kamera wurde getrennt. Verbinde neu …</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Kamerabild</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera startet …</translation>
    </message>
</context>
<context>
    <name>DataHeld</name>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Guests held</source>
        <translation>Gäste gespeichert</translation>
    </message>
    <message>
        <source>Forgotten after</source>
        <translation>Vergessen nach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Forgotten on {when}</source>
        <translation>Vergessen am {when}</translation>
    </message>
    <message numerus="yes">
        <source>Kept until %n check-ins reach Wix</source>
        <translation>
            <numerusform>Behalten, bis %n Check-in bei Wix ist</numerusform>
            <numerusform>Behalten, bis %n Check-ins bei Wix sind</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgotten at the next start</source>
        <translation>Wird beim nächsten Start vergessen</translation>
    </message>
    <message>
        <source>No end date: forget by hand</source>
        <translation>Kein Enddatum: von Hand vergessen</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Guest names and e-mails are kept {days:g} days after each event ends, then forgotten (never while check-ins are unsent). Counts and the scan log stay. Everything is encrypted on this laptop.</source>
        <translation>Namen und E-Mails der Gäste werden {days:g} Tage nach Ende jeder Veranstaltung vergessen (nie, solange Check-ins nicht gesendet sind). Zahlen und das Scan-Protokoll bleiben. Alles ist auf diesem Laptop verschlüsselt.</translation>
    </message>
    <message>
        <source>Forget this event&apos;s guests now</source>
        <translation>Gäste dieser Veranstaltung jetzt vergessen</translation>
    </message>
    <message>
        <source>Could not read the station&apos;s data: {error}</source>
        <translation>Die Daten der Station sind nicht lesbar: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Forget the names and e-mails of %n guests of {title} on this laptop now?</source>
        <translation>
            <numerusform>Name und E-Mail von %n Gast von {title} jetzt auf diesem Laptop vergessen?</numerusform>
            <numerusform>Namen und E-Mails von %n Gästen von {title} jetzt auf diesem Laptop vergessen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget guests</source>
        <translation>Gäste vergessen</translation>
    </message>
    <message>
        <source>Forgetting…</source>
        <translation>Wird vergessen …</translation>
    </message>
    <message>
        <source>Forgot the guests of {title}.</source>
        <translation>Die Gäste von {title} wurden vergessen.</translation>
    </message>
    <message>
        <source>Guest data on this laptop</source>
        <translation>Gästedaten auf diesem Laptop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>Could not undo</source>
        <translation>Zurücknehmen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not check in</source>
        <translation>Einchecken fehlgeschlagen</translation>
    </message>
    <message>
        <source>Something went wrong; the problem was logged. Try again.</source>
        <translation>Etwas ist schiefgegangen; das Problem wurde protokolliert. Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>DoorLock</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>Aufsichts-PIN</translation>
    </message>
    <message>
        <source>Enter the supervisor PIN to unlock.</source>
        <translation>Aufsichts-PIN zum Entsperren eingeben.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Falsche PIN. Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <source>No camera is set up. Scan with the barcode scanner or search for a guest.</source>
        <translation>Keine Kamera eingerichtet. Mit dem Barcode-Scanner scannen oder einen Gast suchen.</translation>
    </message>
    <message>
        <source>A supervisor must enter the PIN to admit this guest anyway.</source>
        <translation>Die Aufsicht muss die PIN eingeben, um diesen Gast trotzdem einzulassen.</translation>
    </message>
    <message>
        <source>A supervisor must enter the PIN to change settings.</source>
        <translation>Die Aufsicht muss die PIN eingeben, um Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>A supervisor must enter the PIN to pair with the venue hub or leave it.</source>
        <translation>Eine Aufsichtsperson muss die PIN eingeben, um die Station mit dem Veranstaltungs-Hub zu koppeln oder ihn zu verlassen.</translation>
    </message>
    <message>
        <source>Collect payment</source>
        <translation>Zahlung kassieren</translation>
    </message>
    <message>
        <source>Collect {money} from {guest}, then admit?</source>
        <translation>{money} von {guest} kassieren, dann einlassen?</translation>
    </message>
    <message>
        <source>Payment collected — admit</source>
        <translation>Bezahlt – einlassen</translation>
    </message>
    <message>
        <source>Door mode</source>
        <translation>Einlassmodus</translation>
    </message>
    <message>
        <source>Set a supervisor PIN in Settings first; door mode is locked with it.</source>
        <translation>Zuerst in den Einstellungen eine Aufsichts-PIN festlegen; der Einlassmodus wird damit gesperrt.</translation>
    </message>
    <message>
        <source>Spoken verdicts</source>
        <translation>Gesprochene Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins are still waiting to upload to Wix. They are saved on this computer and will upload the next time the app runs with a network.

Close anyway?</source>
        <translation>
            <numerusform>%n Check-in wartet noch auf die Übertragung an Wix. Er ist auf diesem Computer gespeichert und wird übertragen, sobald die App das nächste Mal mit Netz läuft.

Trotzdem schließen?</numerusform>
            <numerusform>%n Check-ins warten noch auf die Übertragung an Wix. Sie sind auf diesem Computer gespeichert und werden übertragen, sobald die App das nächste Mal mit Netz läuft.

Trotzdem schließen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins not uploaded yet</source>
        <translation>Check-ins noch nicht übertragen</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Gast suchen</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;Station</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Needs &amp;attention…</source>
        <translation>Braucht &amp;Aufmerksamkeit …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find a guest</source>
        <translation>Gast &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Large text and high contrast</source>
        <translation>&amp;Große Schrift und hoher Kontrast</translation>
    </message>
    <message>
        <source>S&amp;peak verdicts</source>
        <translation>Ergebnisse &amp;vorlesen</translation>
    </message>
    <message>
        <source>The check-in had not been uploaded yet; nothing was sent to Wix.</source>
        <translation>Der Check-in war noch nicht übertragen; nichts wurde an Wix gesendet.</translation>
    </message>
    <message>
        <source>Wix will be told at the next sync.</source>
        <translation>Wix erfährt es bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>CHECK-IN UNDONE</source>
        <translation>CHECK-IN ZURÜCKGENOMMEN</translation>
    </message>
    <message>
        <source>Lock door mode</source>
        <translation>Einlassmodus sperren</translation>
    </message>
    <message>
        <source>Supervisor unlock…</source>
        <translation>Aufsicht entsperrt …</translation>
    </message>
    <message>
        <source>Check-in — {station}</source>
        <translation>Check-in – {station}</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>NICHT VERBUNDEN</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
    <message>
        <source>Event at this door</source>
        <translation>Veranstaltung an diesem Einlass</translation>
    </message>
    <message>
        <source>Turn the scan sounds on or off</source>
        <translation>Scan-Töne ein- oder ausschalten</translation>
    </message>
    <message>
        <source>No events yet — syncing…</source>
        <translation>Noch keine Veranstaltungen – synchronisiere …</translation>
    </message>
    <message numerus="yes">
        <source>✔ %n admitted here</source>
        <translation>
            <numerusform>✔ %n hier eingelassen</numerusform>
            <numerusform>✔ %n hier eingelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>Station: {name}</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>Ton: aus</translation>
    </message>
    <message>
        <source>Sound: on</source>
        <translation>Ton: an</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>Letzte Scans</translation>
    </message>
    <message>
        <source>The last scans at this station, newest first</source>
        <translation>Die letzten Scans an dieser Station, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Check-in</source>
        <translation>Willkommen bei Check-in</translation>
    </message>
    <message>
        <source>Check guests in at the door</source>
        <translation>Gäste am Einlass einchecken</translation>
    </message>
    <message>
        <source>Scan tickets with the camera or a barcode scanner, even without internet. Nothing is set up yet: try the demo with made-up guests, or connect your Wix site.</source>
        <translation>Tickets mit der Kamera oder einem Barcode-Scanner scannen, auch ohne Internet. Noch ist nichts eingerichtet: Probieren Sie die Demo mit erfundenen Gästen oder verbinden Sie Ihre Wix-Website.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Connect to Wix</source>
        <translation>Mit Wix verbinden</translation>
    </message>
    <message>
        <source>Create an API key in the Wix API Keys Manager with the Events permissions, and copy your site ID from the site&apos;s dashboard address.</source>
        <translation>Erstellen Sie im Wix API Keys Manager einen API-Schlüssel mit den Events-Berechtigungen und kopieren Sie die Site-ID aus der Adresse des Website-Dashboards.</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>Site-ID</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Connect and download the guest list</source>
        <translation>Verbinden und Gästeliste laden</translation>
    </message>
    <message>
        <source>Enter both the site ID and the API key.</source>
        <translation>Bitte Site-ID und API-Schlüssel eingeben.</translation>
    </message>
    <message>
        <source>Check the API key: {error}.</source>
        <translation>API-Schlüssel prüfen: {error}.</translation>
    </message>
    <message>
        <source>Checking the key with Wix…</source>
        <translation>Schlüssel wird bei Wix geprüft …</translation>
    </message>
    <message>
        <source>Check the server address: {error}</source>
        <translation>Serveradresse prüfen: {error}</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>Verbindung fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Connected. Downloading the guest list…</source>
        <translation>Verbunden. Gästeliste wird geladen …</translation>
    </message>
    <message>
        <source>Downloading the guest list of {title}: {so_far}</source>
        <translation>Gästeliste von {title} wird geladen: {so_far}</translation>
    </message>
    <message>
        <source>Wix asked to slow down, waiting {time}</source>
        <translation>Wix bittet um Pause, warte {time}</translation>
    </message>
</context>
<context>
    <name>GuestList</name>
    <message>
        <source>about {n} s</source>
        <translation>etwa {n} s</translation>
    </message>
    <message>
        <source>about {n} min</source>
        <translation>etwa {n} Min.</translation>
    </message>
    <message>
        <source>about {h} h {m} min</source>
        <translation>etwa {h} Std. {m} Min.</translation>
    </message>
    <message>
        <source>{n} tickets so far</source>
        <translation>bisher {n} Tickets</translation>
    </message>
    <message>
        <source>{n} of {total} tickets</source>
        <translation>{n} von {total} Tickets</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>The download has not started yet: it starts at the next sync</source>
        <translation>Der Download hat noch nicht begonnen: er startet mit der nächsten Synchronisierung</translation>
    </message>
    <message>
        <source>Guest list still loading</source>
        <translation>Gästeliste lädt noch</translation>
    </message>
    <message>
        <source>Not here yet? Search by name</source>
        <translation>Noch nicht da? Nach Namen suchen</translation>
    </message>
</context>
<context>
    <name>GuestSearch</name>
    <message>
        <source>In at {time}</source>
        <translation>Drin seit {time}</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>Ticket-Nr.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Find a guest: name, email, ticket or order number</source>
        <translation>Gast suchen: Name, E-Mail, Ticket- oder Bestellnummer</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Gast suchen</translation>
    </message>
    <message>
        <source>Type a name, email, ticket or order number; Enter checks in a single match</source>
        <translation>Name, E-Mail, Ticket- oder Bestellnummer eingeben; Enter checkt einen einzelnen Treffer ein</translation>
    </message>
    <message>
        <source>Guests found</source>
        <translation>Gefundene Gäste</translation>
    </message>
    <message>
        <source>Enter checks in the selected guest</source>
        <translation>Enter checkt den gewählten Gast ein</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Check-in zurücknehmen</translation>
    </message>
    <message>
        <source>Type at least two letters or a number.</source>
        <translation>Mindestens zwei Buchstaben oder eine Zahl eingeben.</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>Suche fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>No guest matches “{text}”.</source>
        <translation>Kein Gast passt zu „{text}“.</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubMembership</name>
    <message>
        <source>&amp;Pair with the venue hub…</source>
        <translation>Mit dem Veranstaltungs-Hub &amp;koppeln…</translation>
    </message>
    <message>
        <source>&amp;Leave the venue hub</source>
        <translation>Veranstaltungs-Hub &amp;verlassen</translation>
    </message>
    <message>
        <source>PAIRED</source>
        <translation>GEKOPPELT</translation>
    </message>
    <message>
        <source>Scans are now checked with the venue hub {hub}.</source>
        <translation>Scans werden jetzt mit dem Veranstaltungs-Hub {hub} geprüft.</translation>
    </message>
    <message>
        <source>NOT A TICKET</source>
        <translation>KEIN TICKET</translation>
    </message>
    <message>
        <source>This is a venue hub&apos;s pairing code, but it cannot be read in full. Show the hub&apos;s screen again, or pair from the Station menu.</source>
        <translation>Das ist ein Kopplungscode eines Veranstaltungs-Hubs, er ist aber nicht vollständig lesbar. Zeigen Sie den Bildschirm des Hubs erneut oder koppeln Sie über das Menü Station.</translation>
    </message>
    <message>
        <source>ALREADY PAIRED</source>
        <translation>BEREITS GEKOPPELT</translation>
    </message>
    <message>
        <source>This door is already paired with this venue hub.</source>
        <translation>Dieser Eingang ist bereits mit diesem Veranstaltungs-Hub gekoppelt.</translation>
    </message>
    <message>
        <source>This door will decide alone again and sync with Wix itself (if it has the Wix key). Other doors no longer hear of its scans at once.</source>
        <translation>Dieser Eingang entscheidet wieder allein und synchronisiert selbst mit Wix (wenn er den Wix-Schlüssel hat). Andere Eingänge erfahren nicht mehr sofort von seinen Scans.</translation>
    </message>
    <message numerus="yes">
        <source>It keeps %n admissions the hub has not yet confirmed as sent to Wix; the next hub this door pairs with takes them over.</source>
        <translation>
            <numerusform>Er behält %n Einlass, dessen Übermittlung an Wix der Hub noch nicht bestätigt hat; der nächste Hub, mit dem dieser Eingang koppelt, übernimmt ihn.</numerusform>
            <numerusform>Er behält %n Einlässe, deren Übermittlung an Wix der Hub noch nicht bestätigt hat; der nächste Hub, mit dem dieser Eingang koppelt, übernimmt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the venue hub</source>
        <translation>Veranstaltungs-Hub verlassen</translation>
    </message>
    <message>
        <source>Leave the hub</source>
        <translation>Hub verlassen</translation>
    </message>
    <message>
        <source>LEFT THE HUB</source>
        <translation>HUB VERLASSEN</translation>
    </message>
    <message>
        <source>This door decides alone again.</source>
        <translation>Dieser Eingang entscheidet wieder allein.</translation>
    </message>
    <message>
        <source>NOT LEFT</source>
        <translation>NICHT VERLASSEN</translation>
    </message>
</context>
<context>
    <name>HubPairDialog</name>
    <message>
        <source>Pair with the venue hub</source>
        <translation>Mit dem Veranstaltungs-Hub koppeln</translation>
    </message>
    <message>
        <source>This door will check every scan with the venue hub, so a guest admitted at one door is refused at the others.</source>
        <translation>Dieser Eingang prüft jeden Scan mit dem Veranstaltungs-Hub, damit ein an einem Eingang eingelassener Gast an den anderen abgewiesen wird.</translation>
    </message>
    <message>
        <source>Venue hubs on this network</source>
        <translation>Veranstaltungs-Hubs in diesem Netzwerk</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Koppeln</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>Hub-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Kopplungs&amp;code:</translation>
    </message>
    <message>
        <source>Venue hubs on this network:</source>
        <translation>Veranstaltungs-Hubs in diesem Netzwerk:</translation>
    </message>
    <message>
        <source>The code is shown on the hub&apos;s screen (it changes every 15 minutes).</source>
        <translation>Der Code steht auf dem Bildschirm des Hubs (er wechselt alle 15 Minuten).</translation>
    </message>
    <message>
        <source>Looking for venue hubs…</source>
        <translation>Suche nach Veranstaltungs-Hubs…</translation>
    </message>
    <message>
        <source>No hub answered on this network. Type the address the hub shows, or search again.</source>
        <translation>Kein Hub hat in diesem Netzwerk geantwortet. Geben Sie die Adresse ein, die der Hub anzeigt, oder suchen Sie erneut.</translation>
    </message>
    <message>
        <source>Choose the hub, then type its code.</source>
        <translation>Wählen Sie den Hub und geben Sie dann seinen Code ein.</translation>
    </message>
    <message>
        <source>Cannot look for hubs here ({reason}). Type the hub&apos;s address.</source>
        <translation>Hier kann nicht nach Hubs gesucht werden ({reason}). Geben Sie die Adresse des Hubs ein.</translation>
    </message>
    <message>
        <source>The camera read a venue hub&apos;s pairing code. Pair this door with the hub at {url}?</source>
        <translation>Die Kamera hat den Kopplungscode eines Veranstaltungs-Hubs gelesen. Diesen Eingang mit dem Hub unter {url} koppeln?</translation>
    </message>
    <message>
        <source>Address and code from the QR code.</source>
        <translation>Adresse und Code aus dem QR-Code.</translation>
    </message>
    <message>
        <source>Give the hub&apos;s address and the code it shows.</source>
        <translation>Geben Sie die Adresse des Hubs und den angezeigten Code ein.</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>Kopplung läuft…</translation>
    </message>
</context>
<context>
    <name>HubSwitch</name>
    <message>
        <source>This laptop is the &amp;venue hub</source>
        <translation>Dieser Laptop ist der &amp;Hub vor Ort</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Hub vor Ort</translation>
    </message>
    <message>
        <source>The hub cannot start: {reason}</source>
        <translation>Der Hub kann nicht starten: {reason}</translation>
    </message>
</context>
<context>
    <name>HubWindow</name>
    <message>
        <source>Door</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Hub vor Ort</translation>
    </message>
    <message>
        <source>Revoke the selected door</source>
        <translation>Gewählten Einlass sperren</translation>
    </message>
    <message>
        <source>New pairing code</source>
        <translation>Neuer Kopplungscode</translation>
    </message>
    <message>
        <source>Pairing code — on each door: show this QR code to its camera, or Station ▸ Pair with the venue hub…</source>
        <translation>Kopplungscode — an jedem Eingang: diesen QR-Code der Kamera zeigen, oder Station ▸ Mit dem Veranstaltungs-Hub koppeln…</translation>
    </message>
    <message>
        <source>Hub address: {url}</source>
        <translation>Hub-Adresse: {url}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>gekoppelt</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>gesperrt</translation>
    </message>
</context>
<context>
    <name>LockIndicator</name>
    <message>
        <source>locks in {n} s</source>
        <translation>sperrt in {n} s</translation>
    </message>
    <message>
        <source>locks in {n} min</source>
        <translation>sperrt in {n} Min.</translation>
    </message>
    <message>
        <source>Door mode</source>
        <translation>Einlassmodus</translation>
    </message>
    <message>
        <source>Overrides, settings and organizer views need the PIN.</source>
        <translation>Ausnahmen, Einstellungen und Veranstalteransichten brauchen die PIN.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Aufsicht</translation>
    </message>
    <message>
        <source>Stays unlocked until you lock it.</source>
        <translation>Bleibt entsperrt, bis Sie sperren.</translation>
    </message>
    <message>
        <source>Door mode locks again at {time} unless a supervisor does something before; it also locks when the computer wakes from sleep.</source>
        <translation>Der Einlassmodus sperrt sich um {time} wieder, wenn die Aufsicht vorher nichts tut; er sperrt sich auch, wenn der Computer aus dem Ruhezustand erwacht.</translation>
    </message>
    <message>
        <source>locked after no supervisor activity</source>
        <translation>gesperrt nach Inaktivität der Aufsicht</translation>
    </message>
    <message>
        <source>locked when the computer woke up</source>
        <translation>gesperrt beim Aufwachen des Computers</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>No Wix site id: pass --site-id, set {variable}, or save it in the settings.</source>
        <translation>Keine Wix-Site-ID: --site-id angeben, {variable} setzen oder in den Einstellungen speichern.</translation>
    </message>
    <message>
        <source>No API key for site {site}: set {variable} or store the key in the app&apos;s settings (kept in the system keyring).</source>
        <translation>Kein API-Schlüssel für die Site {site}: {variable} setzen oder den Schlüssel in den Einstellungen der App speichern (im Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <source>Cannot connect to Wix: {error}.</source>
        <translation>Keine Verbindung zu Wix möglich: {error}.</translation>
    </message>
    <message>
        <source>Cannot use the API key: {error}.</source>
        <translation>Der API-Schlüssel ist nicht verwendbar: {error}.</translation>
    </message>
    <message>
        <source>Wix rejected the API key (401): enter a valid key to resume sending.</source>
        <translation>Wix hat den API-Schlüssel abgelehnt (401): einen gültigen Schlüssel eingeben, um weiter zu senden.</translation>
    </message>
    <message>
        <source>Wix says the Wix Events app is not installed on this site (428): install it, then re-enter the key to resume.</source>
        <translation>Laut Wix ist die Wix-Events-App auf dieser Website nicht installiert (428): installieren, dann den Schlüssel erneut eingeben.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this on this site (403): check the key&apos;s permissions and the site id, then re-enter the key to resume.</source>
        <translation>Der API-Schlüssel darf das auf dieser Website nicht (403): Berechtigungen des Schlüssels und die Site-ID prüfen, dann den Schlüssel erneut eingeben.</translation>
    </message>
    <message>
        <source>Wix refused this call</source>
        <translation>Wix hat diesen Aufruf abgelehnt</translation>
    </message>
    <message>
        <source>Wix refused: {detail}</source>
        <translation>Wix lehnte ab: {detail}</translation>
    </message>
    <message>
        <source>The queued call names no valid ticket or order number</source>
        <translation>Der gespeicherte Aufruf nennt keine gültige Ticket- oder Bestellnummer</translation>
    </message>
    <message>
        <source>Wix sent a list that does not add up: {detail}.</source>
        <translation>Wix hat eine Liste gesendet, die nicht aufgeht: {detail}.</translation>
    </message>
    <message>
        <source>Refused a reply from Wix: {detail}.</source>
        <translation>Antwort von Wix abgelehnt: {detail}.</translation>
    </message>
    <message>
        <source>Refused a reply from Wix: {detail}; retrying in {seconds} s.</source>
        <translation>Antwort von Wix abgelehnt: {detail}; neuer Versuch in {seconds} s.</translation>
    </message>
    <message>
        <source>Offline: cannot reach Wix ({detail}). Nothing queued is lost.</source>
        <translation>Offline: Wix ist nicht erreichbar ({detail}). Nichts in der Warteschlange geht verloren.</translation>
    </message>
    <message>
        <source>Offline: cannot reach Wix ({detail}); retrying in {seconds} s. Nothing queued is lost.</source>
        <translation>Offline: Wix ist nicht erreichbar ({detail}); neuer Versuch in {seconds} s. Nichts in der Warteschlange geht verloren.</translation>
    </message>
    <message>
        <source>Wix asked to slow down (too many requests). Nothing queued is lost.</source>
        <translation>Wix bittet um Pause (zu viele Anfragen). Nichts in der Warteschlange geht verloren.</translation>
    </message>
    <message>
        <source>Wix asked to slow down (too many requests); retrying in {seconds} s. Nothing queued is lost.</source>
        <translation>Wix bittet um Pause (zu viele Anfragen); neuer Versuch in {seconds} s. Nichts in der Warteschlange geht verloren.</translation>
    </message>
    <message>
        <source>Wix is having trouble ({status} {code}).</source>
        <translation>Wix hat Probleme ({status} {code}).</translation>
    </message>
    <message>
        <source>Wix is having trouble ({status} {code}); retrying in {seconds} s.</source>
        <translation>Wix hat Probleme ({status} {code}); neuer Versuch in {seconds} s.</translation>
    </message>
    <message>
        <source>Wix does not know this: {detail}.</source>
        <translation>Das kennt Wix nicht: {detail}.</translation>
    </message>
    <message>
        <source>Event {event} was not found on Wix.</source>
        <translation>Die Veranstaltung {event} wurde bei Wix nicht gefunden.</translation>
    </message>
    <message>
        <source>Wix sent no result for this ticket</source>
        <translation>Wix hat für dieses Ticket kein Ergebnis gesendet</translation>
    </message>
    <message>
        <source>{action} needs the network, and Wix cannot be reached right now. Nothing was lost: try again when the connection is back.</source>
        <translation>{action} braucht das Netz, und Wix ist gerade nicht erreichbar. Nichts ging verloren: erneut versuchen, wenn die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>{action} failed: Wix is busy or had a problem ({detail}). Try again.</source>
        <translation>{action} fehlgeschlagen: Wix ist ausgelastet oder hatte ein Problem ({detail}). Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Wix did not accept the API key. Check the key in Settings.</source>
        <translation>Wix hat den API-Schlüssel nicht akzeptiert. Den Schlüssel in den Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>{action} is not allowed with this API key ({detail}). Give the key the Wix Events permissions it needs.</source>
        <translation>{action} ist mit diesem API-Schlüssel nicht erlaubt ({detail}). Geben Sie dem Schlüssel die nötigen Wix-Events-Berechtigungen.</translation>
    </message>
    <message>
        <source>{action} was refused by Wix. {details}</source>
        <translation>{action} wurde von Wix abgelehnt. {details}</translation>
    </message>
    <message>
        <source>{action} failed: Wix does not know it ({detail}).</source>
        <translation>{action} fehlgeschlagen: Wix kennt es nicht ({detail}).</translation>
    </message>
    <message>
        <source>{action} was refused by Wix: {detail}</source>
        <translation>{action} wurde von Wix abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>Adding the policy</source>
        <translation>Richtlinie hinzufügen</translation>
    </message>
    <message>
        <source>Adding the question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Adding the schedule item</source>
        <translation>Programmpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Adding the staff member</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <source>Adding the ticket type</source>
        <translation>Ticketart hinzufügen</translation>
    </message>
    <message>
        <source>Cancelling the reservation</source>
        <translation>Reservierung stornieren</translation>
    </message>
    <message>
        <source>Checking out</source>
        <translation>Bestellung abschließen</translation>
    </message>
    <message>
        <source>Checking the order</source>
        <translation>Bestellung prüfen</translation>
    </message>
    <message>
        <source>Checking the payment</source>
        <translation>Zahlung prüfen</translation>
    </message>
    <message>
        <source>Checking the reservation</source>
        <translation>Reservierung prüfen</translation>
    </message>
    <message>
        <source>Confirming the payment</source>
        <translation>Zahlung bestätigen</translation>
    </message>
    <message>
        <source>Copying the event</source>
        <translation>Veranstaltung kopieren</translation>
    </message>
    <message>
        <source>Creating the categories</source>
        <translation>Kategorien anlegen</translation>
    </message>
    <message>
        <source>Creating the category</source>
        <translation>Kategorie anlegen</translation>
    </message>
    <message>
        <source>Creating the event</source>
        <translation>Veranstaltung anlegen</translation>
    </message>
    <message>
        <source>Deleting the policy</source>
        <translation>Richtlinie löschen</translation>
    </message>
    <message>
        <source>Deleting the question</source>
        <translation>Frage löschen</translation>
    </message>
    <message>
        <source>Deleting the schedule item</source>
        <translation>Programmpunkt löschen</translation>
    </message>
    <message>
        <source>Deleting the ticket type</source>
        <translation>Ticketart löschen</translation>
    </message>
    <message>
        <source>Fetching the new tickets</source>
        <translation>Neue Tickets abrufen</translation>
    </message>
    <message>
        <source>Looking for the order</source>
        <translation>Bestellung suchen</translation>
    </message>
    <message>
        <source>Moving the policy</source>
        <translation>Richtlinie verschieben</translation>
    </message>
    <message>
        <source>Pausing the access</source>
        <translation>Zugang pausieren</translation>
    </message>
    <message>
        <source>Publishing the event</source>
        <translation>Veranstaltung veröffentlichen</translation>
    </message>
    <message>
        <source>Publishing the schedule</source>
        <translation>Programm veröffentlichen</translation>
    </message>
    <message>
        <source>Putting the event in the category</source>
        <translation>Veranstaltung der Kategorie zuordnen</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>Veranstaltung lesen</translation>
    </message>
    <message>
        <source>Reading the order</source>
        <translation>Bestellung lesen</translation>
    </message>
    <message>
        <source>Reading the policies</source>
        <translation>Richtlinien lesen</translation>
    </message>
    <message>
        <source>Reading the policy</source>
        <translation>Richtlinie lesen</translation>
    </message>
    <message>
        <source>Reading the registration form</source>
        <translation>Anmeldeformular lesen</translation>
    </message>
    <message>
        <source>Reading the schedule</source>
        <translation>Programm lesen</translation>
    </message>
    <message>
        <source>Reading the staff member</source>
        <translation>Mitarbeiter lesen</translation>
    </message>
    <message>
        <source>Reading the staff members</source>
        <translation>Mitarbeiterliste lesen</translation>
    </message>
    <message>
        <source>Reading the ticket type</source>
        <translation>Ticketart lesen</translation>
    </message>
    <message>
        <source>Reading the ticket types</source>
        <translation>Ticketarten lesen</translation>
    </message>
    <message>
        <source>Refreshing the sales figures</source>
        <translation>Verkaufszahlen aktualisieren</translation>
    </message>
    <message>
        <source>Removing the staff member</source>
        <translation>Mitarbeiter entfernen</translation>
    </message>
    <message>
        <source>Reserving the tickets</source>
        <translation>Tickets reservieren</translation>
    </message>
    <message>
        <source>Resuming the access</source>
        <translation>Zugang fortsetzen</translation>
    </message>
    <message>
        <source>Saving the permissions</source>
        <translation>Berechtigungen speichern</translation>
    </message>
    <message>
        <source>Saving the policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message>
        <source>Saving the question</source>
        <translation>Frage speichern</translation>
    </message>
    <message>
        <source>Saving the schedule item</source>
        <translation>Programmpunkt speichern</translation>
    </message>
    <message>
        <source>Saving the ticket type</source>
        <translation>Ticketart speichern</translation>
    </message>
    <message>
        <source>Turning on the schedule</source>
        <translation>Programm einschalten</translation>
    </message>
    <message>
        <source>No events are cached yet: run `checkin-app sync` first.</source>
        <translation>Noch keine Veranstaltungen gespeichert: zuerst `checkin-app sync` ausführen.</translation>
    </message>
    <message>
        <source>Event {event} is not in the local cache; run sync.</source>
        <translation>Die Veranstaltung {event} ist nicht im lokalen Speicher; bitte synchronisieren.</translation>
    </message>
    <message>
        <source>That is not a ticket code; nothing to admit.</source>
        <translation>Das ist kein Ticketcode; es gibt niemanden einzulassen.</translation>
    </message>
    <message>
        <source>No payment is due for this ticket ({reason}).</source>
        <translation>Für dieses Ticket ist keine Zahlung fällig ({reason}).</translation>
    </message>
    <message>
        <source>Ticket {ticket} is not checked in.</source>
        <translation>Ticket {ticket} ist nicht eingecheckt.</translation>
    </message>
    <message>
        <source>The guest list has never been downloaded on this station.</source>
        <translation>Die Gästeliste wurde an dieser Station noch nie geladen.</translation>
    </message>
    <message>
        <source>{count} checked in</source>
        <translation>{count} eingecheckt</translation>
    </message>
    <message>
        <source>{count} not admitted</source>
        <translation>{count} nicht eingelassen</translation>
    </message>
    <message>
        <source>Event {event} is not on this station.</source>
        <translation>Die Veranstaltung {event} ist nicht auf dieser Station.</translation>
    </message>
    <message>
        <source>{count} check-in(s) for {event} are not yet sent to Wix: sync first, then forget (nothing was changed).</source>
        <translation>{count} Check-in(s) für {event} sind noch nicht an Wix gesendet: erst synchronisieren, dann vergessen (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>Cannot write {file}: it is a folder.</source>
        <translation>{file} kann nicht geschrieben werden: das ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write {file}: the folder {folder} does not exist.</source>
        <translation>{file} kann nicht geschrieben werden: der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}.</source>
        <translation>{file} kann nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
        <source>Cannot save {file}: {error}.</source>
        <translation>{file} kann nicht gespeichert werden: {error}.</translation>
    </message>
    <message>
        <source>That sale is not on this station.</source>
        <translation>Dieser Verkauf ist nicht auf dieser Station.</translation>
    </message>
    <message>
        <source>Wix did not mark the order paid (it is {status}). Try again.</source>
        <translation>Wix hat die Bestellung nicht als bezahlt markiert (Status: {status}). Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Wix says the order is {status}.</source>
        <translation>Laut Wix ist die Bestellung {status}.</translation>
    </message>
    <message>
        <source>The cash was taken for this sale: finish it (Retry) instead of cancelling.</source>
        <translation>Für diesen Verkauf wurde bar kassiert: ihn abschließen (Erneut versuchen) statt stornieren.</translation>
    </message>
    <message>
        <source>Wix&apos;s answer to the reservation was lost; any held tickets return to stock when the hold expires.</source>
        <translation>Die Antwort von Wix auf die Reservierung ging verloren; reservierte Tickets gehen nach Ablauf der Reservierung zurück in den Verkauf.</translation>
    </message>
    <message>
        <source>Cancelled before Wix held tickets.</source>
        <translation>Storniert, bevor Wix Tickets reserviert hat.</translation>
    </message>
    <message>
        <source>Wix no longer holds it.</source>
        <translation>Wix hält die Reservierung nicht mehr.</translation>
    </message>
    <message>
        <source>Wix has not confirmed the hold on these tickets.</source>
        <translation>Wix hat die Reservierung dieser Tickets nicht bestätigt.</translation>
    </message>
    <message>
        <source>This sale was cancelled; start a new one.</source>
        <translation>Dieser Verkauf wurde storniert; einen neuen beginnen.</translation>
    </message>
    <message>
        <source>The hold on these tickets expired; start a new sale.</source>
        <translation>Die Reservierung dieser Tickets ist abgelaufen; einen neuen Verkauf beginnen.</translation>
    </message>
    <message>
        <source>This sale did not go through; start a new one.</source>
        <translation>Dieser Verkauf ist nicht zustande gekommen; einen neuen beginnen.</translation>
    </message>
    <message>
        <source>The sale is {state}.</source>
        <translation>Der Verkauf ist {state}.</translation>
    </message>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation>Eine Menge kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Pick at least one ticket.</source>
        <translation>Mindestens ein Ticket wählen.</translation>
    </message>
    <message>
        <source>At most {count} tickets per order for this event.</source>
        <translation>Höchstens {count} Tickets pro Bestellung für diese Veranstaltung.</translation>
    </message>
    <message>
        <source>That ticket type is not on sale here; refresh the list.</source>
        <translation>Diese Ticketart ist hier nicht im Verkauf; die Liste aktualisieren.</translation>
    </message>
    <message>
        <source>“{ticket}” is sold out.</source>
        <translation>„{ticket}“ ist ausverkauft.</translation>
    </message>
    <message>
        <source>“{ticket}” is not on sale now.</source>
        <translation>„{ticket}“ ist gerade nicht im Verkauf.</translation>
    </message>
    <message>
        <source>Only {count} “{ticket}” left.</source>
        <translation>Nur noch {count} × „{ticket}“.</translation>
    </message>
    <message>
        <source>{detail} If Wix did hold tickets, they return to stock when the hold expires.</source>
        <translation>{detail} Falls Wix Tickets reserviert hat, gehen sie nach Ablauf der Reservierung zurück in den Verkauf.</translation>
    </message>
    <message>
        <source>The registration form is not complete: 1 answer needs attention (or choose to skip Wix&apos;s form check).</source>
        <translation>Das Anmeldeformular ist nicht vollständig: 1 Antwort fehlt oder ist falsch (oder die Formularprüfung von Wix überspringen).</translation>
    </message>
    <message>
        <source>The registration form is not complete: {count} answers need attention (or choose to skip Wix&apos;s form check).</source>
        <translation>Das Anmeldeformular ist nicht vollständig: {count} Antworten fehlen oder sind falsch (oder die Formularprüfung von Wix überspringen).</translation>
    </message>
    <message>
        <source>{wanted} guest forms are needed, {filled} filled in</source>
        <translation>{wanted} Gästeformulare nötig, {filled} ausgefüllt</translation>
    </message>
    <message>
        <source>is needed</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is longer than 50 letters</source>
        <translation>ist länger als 50 Zeichen</translation>
    </message>
    <message>
        <source>is needed (the tickets are sent there)</source>
        <translation>fehlt (die Tickets werden dorthin geschickt)</translation>
    </message>
    <message>
        <source>does not look like an email address</source>
        <translation>sieht nicht wie eine E-Mail-Adresse aus</translation>
    </message>
    <message>
        <source>needs an answer</source>
        <translation>braucht eine Antwort</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>ist keine der Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>is longer than {count} characters</source>
        <translation>ist länger als {count} Zeichen</translation>
    </message>
    <message>
        <source>Please fix the dates: {problems}.</source>
        <translation>Bitte die Daten korrigieren: {problems}.</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>muss nach dem Beginn liegen</translation>
    </message>
    <message>
        <source>date {number} ends before it starts</source>
        <translation>Termin {number} endet vor seinem Beginn</translation>
    </message>
    <message>
        <source>Created {kind} event “{event}” ({status}).</source>
        <translation>Veranstaltung „{event}“ ({kind}) angelegt ({status}).</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>recurring ({count} dates)</source>
        <translation>wiederkehrend ({count} Termine)</translation>
    </message>
    <message>
        <source>Copied to “{event}” ({status}).</source>
        <translation>Kopiert nach „{event}“ ({status}).</translation>
    </message>
    <message>
        <source>Loaded “{event}”.</source>
        <translation>„{event}“ geladen.</translation>
    </message>
    <message>
        <source>Added ticket type “{ticket}”: {price}, {count} available.</source>
        <translation>Ticketart „{ticket}“ hinzugefügt: {price}, {count} verfügbar.</translation>
    </message>
    <message>
        <source>Saved ticket type “{ticket}”: {price}.</source>
        <translation>Ticketart „{ticket}“ gespeichert: {price}.</translation>
    </message>
    <message>
        <source>Deleted the ticket type.</source>
        <translation>Ticketart gelöscht.</translation>
    </message>
    <message>
        <source>Published “{event}” ({status}).</source>
        <translation>„{event}“ veröffentlicht ({status}).</translation>
    </message>
    <message>
        <source>Unknown time zone {zone}.</source>
        <translation>Unbekannte Zeitzone {zone}.</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>unbekannte Zeitzone</translation>
    </message>
    <message>
        <source>The price {price} is not a number.</source>
        <translation>Der Preis {price} ist keine Zahl.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ein Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>Added the policy “{name}”.</source>
        <translation>Richtlinie „{name}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved the policy “{name}”.</source>
        <translation>Richtlinie „{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Deleted the policy “{name}”.</source>
        <translation>Richtlinie „{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>That policy is no longer on the event.</source>
        <translation>Diese Richtlinie gehört nicht mehr zur Veranstaltung.</translation>
    </message>
    <message>
        <source>“{name}” is already there.</source>
        <translation>„{name}“ ist schon dort.</translation>
    </message>
    <message>
        <source>Moved “{name}”.</source>
        <translation>„{name}“ verschoben.</translation>
    </message>
    <message>
        <source>Schedule turned on.</source>
        <translation>Programm eingeschaltet.</translation>
    </message>
    <message>
        <source>Wix did not turn the schedule on.</source>
        <translation>Wix hat das Programm nicht eingeschaltet.</translation>
    </message>
    <message>
        <source>Added “{name}” to the schedule.</source>
        <translation>„{name}“ zum Programm hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Deleted “{name}” from the schedule.</source>
        <translation>„{name}“ aus dem Programm gelöscht.</translation>
    </message>
    <message>
        <source>The item must end after it starts.</source>
        <translation>Der Punkt muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>must be after start</source>
        <translation>muss nach dem Beginn liegen</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Mindestens eine Berechtigung wählen.</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>eine wählen</translation>
    </message>
    <message>
        <source>Wix allows at most four permissions per staff member.</source>
        <translation>Wix erlaubt höchstens vier Berechtigungen pro Mitarbeiter.</translation>
    </message>
    <message>
        <source>choose at most four</source>
        <translation>höchstens vier wählen</translation>
    </message>
    <message>
        <source>Type at least one category name.</source>
        <translation>Mindestens einen Kategorienamen eingeben.</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>Wix creates at most 10 categories at once.</source>
        <translation>Wix legt höchstens 10 Kategorien auf einmal an.</translation>
    </message>
    <message>
        <source>too many</source>
        <translation>zu viele</translation>
    </message>
    <message>
        <source>Created the category “{name}”.</source>
        <translation>Kategorie „{name}“ angelegt.</translation>
    </message>
    <message>
        <source>Created {count} categories.</source>
        <translation>{count} Kategorien angelegt.</translation>
    </message>
    <message>
        <source>Created {count} categories. Wix refused {refused}.</source>
        <translation>{count} Kategorien angelegt. Wix lehnte ab: {refused}.</translation>
    </message>
    <message>
        <source>The event is in the category.</source>
        <translation>Die Veranstaltung ist in der Kategorie.</translation>
    </message>
    <message>
        <source>Added {name} ({permissions}).</source>
        <translation>{name} hinzugefügt ({permissions}).</translation>
    </message>
    <message>
        <source>Added {name} ({permissions}). Their login link is ready.</source>
        <translation>{name} hinzugefügt ({permissions}). Der Anmeldelink ist bereit.</translation>
    </message>
    <message>
        <source>{name} may now: {permissions}.</source>
        <translation>{name} darf jetzt: {permissions}.</translation>
    </message>
    <message>
        <source>Paused {name}&apos;s access.</source>
        <translation>Zugang von {name} pausiert.</translation>
    </message>
    <message>
        <source>{name} has access again.</source>
        <translation>{name} hat wieder Zugang.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <source>Unknown question type {kind}.</source>
        <translation>Unbekannter Fragetyp {kind}.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>Type the question first.</source>
        <translation>Zuerst die Frage eingeben.</translation>
    </message>
    <message>
        <source>The question is longer than {count} characters.</source>
        <translation>Die Frage ist länger als {count} Zeichen.</translation>
    </message>
    <message>
        <source>must be at most {count} characters</source>
        <translation>höchstens {count} Zeichen</translation>
    </message>
    <message>
        <source>This type of question needs at least {count} choices.</source>
        <translation>Dieser Fragetyp braucht mindestens {count} Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <source>needs at least {count} choices, separated by commas</source>
        <translation>mindestens {count} Auswahlmöglichkeiten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Name and e-mail are always on Wix&apos;s form; change them in the Wix dashboard.</source>
        <translation>Name und E-Mail stehen immer im Wix-Formular; sie lassen sich im Wix-Dashboard ändern.</translation>
    </message>
    <message>
        <source>cannot be changed here</source>
        <translation>lässt sich hier nicht ändern</translation>
    </message>
    <message>
        <source>Name and e-mail cannot be removed from Wix&apos;s form.</source>
        <translation>Name und E-Mail lassen sich nicht aus dem Wix-Formular entfernen.</translation>
    </message>
    <message>
        <source>Added the question “{question}” ({count} questions on the form).</source>
        <translation>Frage „{question}“ hinzugefügt ({count} Fragen im Formular).</translation>
    </message>
    <message>
        <source>Saved the question “{question}”.</source>
        <translation>Frage „{question}“ gespeichert.</translation>
    </message>
    <message>
        <source>Deleted the question “{question}”.</source>
        <translation>Frage „{question}“ gelöscht.</translation>
    </message>
    <message>
        <source>{key} does not open this station&apos;s database {file} (it was made with another key); nothing was changed.</source>
        <translation>{key} öffnet die Datenbank {file} dieser Station nicht (sie wurde mit einem anderen Schlüssel angelegt); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This station&apos;s guest list is encrypted and its key is not available here (no unlocked keyring entry, no {variable}); nothing was changed. To open it, set {variable2} to this station&apos;s key, or open the app on this computer and unlock the store that keeps it.</source>
        <translation>Die Gästeliste dieser Station ist verschlüsselt und ihr Schlüssel ist hier nicht verfügbar (kein entsperrter Schlüsselbund-Eintrag, kein {variable}); nichts wurde geändert. Zum Öffnen {variable2} auf den Schlüssel dieser Station setzen oder die App auf diesem Computer öffnen und den Speicher entsperren, der ihn enthält.</translation>
    </message>
    <message>
        <source>This station&apos;s database {file} (made {date}) is gone: scans not yet sent to Wix may be lost. Put the file back, or run `checkin-app repair` to start a new, empty one.</source>
        <translation>Die Datenbank {file} dieser Station (angelegt {date}) fehlt: noch nicht an Wix gesendete Scans sind womöglich verloren. Die Datei zurücklegen oder `checkin-app repair` ausführen, um eine neue, leere anzulegen.</translation>
    </message>
    <message>
        <source>No database at {file}: run `checkin-app sync` first to download the guest list.</source>
        <translation>Keine Datenbank unter {file}: zuerst `checkin-app sync` ausführen, um die Gästeliste zu laden.</translation>
    </message>
    <message>
        <source>The database key cannot be read: {error}.</source>
        <translation>Der Datenbankschlüssel ist nicht lesbar: {error}.</translation>
    </message>
    <message>
        <source>A new station keeps its guest list encrypted, and there is no place for its key here (no system keyring): {how}. Nothing was created.</source>
        <translation>Eine neue Station hält ihre Gästeliste verschlüsselt, aber hier gibt es keinen Platz für den Schlüssel (kein Schlüsselbund des Systems): {how}. Nichts wurde angelegt.</translation>
    </message>
    <message>
        <source>Cannot keep the database key: {error}.</source>
        <translation>Der Datenbankschlüssel kann nicht gespeichert werden: {error}.</translation>
    </message>
    <message>
        <source>This station&apos;s guest list was saved unencrypted by an older version and is encrypted on first start, but there is no place for its key here: {how}. Nothing was changed.</source>
        <translation>Die Gästeliste dieser Station wurde von einer älteren Version unverschlüsselt gespeichert und wird beim ersten Start verschlüsselt, aber hier gibt es keinen Platz für den Schlüssel: {how}. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The database {file} cannot be read: it is damaged, or the key is not this station&apos;s. Nothing was changed. {detail}</source>
        <translation>Die Datenbank {file} ist nicht lesbar: sie ist beschädigt oder der Schlüssel gehört nicht zu dieser Station. Nichts wurde geändert. {detail}</translation>
    </message>
    <message>
        <source>The database {file} is damaged (or not readable with this station&apos;s key); nothing was decided or changed.</source>
        <translation>Die Datenbank {file} ist beschädigt (oder mit dem Schlüssel dieser Station nicht lesbar); nichts wurde entschieden oder geändert.</translation>
    </message>
    <message>
        <source>The data directory {folder} is read-only.</source>
        <translation>Der Datenordner {folder} ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The disk holding {file} is full. Free some space and retry.</source>
        <translation>Das Laufwerk mit {file} ist voll. Platz schaffen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The disk holding {file} is full.</source>
        <translation>Das Laufwerk mit {file} ist voll.</translation>
    </message>
    <message>
        <source>Cannot open the database {file} (missing folder or no permission).</source>
        <translation>Die Datenbank {file} kann nicht geöffnet werden (Ordner fehlt oder keine Berechtigung).</translation>
    </message>
    <message>
        <source>The database {file} is busy in another program.</source>
        <translation>Die Datenbank {file} wird von einem anderen Programm benutzt.</translation>
    </message>
    <message>
        <source>Database error in {file}: {error}</source>
        <translation>Datenbankfehler in {file}: {error}</translation>
    </message>
    <message>
        <source>The database {file} is damaged: scans are not decided until it is salvaged (restart the app, or run `checkin-app repair`).</source>
        <translation>Die Datenbank {file} ist beschädigt: Scans werden erst wieder entschieden, wenn sie gerettet ist (App neu starten oder `checkin-app repair` ausführen).</translation>
    </message>
    <message>
        <source>The database {file} was written by a newer checkin-app; update the app.</source>
        <translation>Die Datenbank {file} stammt von einer neueren checkin-app; bitte die App aktualisieren.</translation>
    </message>
    <message>
        <source>Cannot create the data directory {folder}: {error}.</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden: {error}.</translation>
    </message>
    <message>
        <source>Encrypting {file} did not copy every row; the plain file is kept.</source>
        <translation>Beim Verschlüsseln von {file} wurden nicht alle Zeilen kopiert; die unverschlüsselte Datei bleibt.</translation>
    </message>
    <message>
        <source>The database {file} is in use by another program; close it and start again.</source>
        <translation>Die Datenbank {file} wird von einem anderen Programm benutzt; dieses schließen und neu starten.</translation>
    </message>
    <message>
        <source>Could not encrypt the database {file}: {error}.</source>
        <translation>Die Datenbank {file} konnte nicht verschlüsselt werden: {error}.</translation>
    </message>
    <message>
        <source>The encrypted copy of {file} did not verify; nothing changed.</source>
        <translation>Die verschlüsselte Kopie von {file} hat die Prüfung nicht bestanden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>No passphrase store at {file}.</source>
        <translation>Kein Passphrasen-Speicher unter {file}.</translation>
    </message>
    <message>
        <source>Cannot use the passphrase store {file}: {error}.</source>
        <translation>Der Passphrasen-Speicher {file} ist nicht verwendbar: {error}.</translation>
    </message>
    <message>
        <source>That passphrase does not open the stored secrets.</source>
        <translation>Diese Passphrase öffnet die gespeicherten Geheimnisse nicht.</translation>
    </message>
    <message>
        <source>the passphrase needs at least {count} characters</source>
        <translation>die Passphrase braucht mindestens {count} Zeichen</translation>
    </message>
    <message>
        <source>there is no passphrase store yet on this computer</source>
        <translation>auf diesem Computer gibt es noch keinen Passphrasen-Speicher</translation>
    </message>
    <message>
        <source>cannot save in the system keyring ({error})</source>
        <translation>Speichern im Schlüsselbund des Systems nicht möglich ({error})</translation>
    </message>
    <message>
        <source>cannot reach the system keyring ({error})</source>
        <translation>Schlüsselbund des Systems nicht erreichbar ({error})</translation>
    </message>
    <message>
        <source>the {what} is empty</source>
        <translation>{what} ist leer</translation>
    </message>
    <message>
        <source>the {what} contains a line break or another control character inside it; copy it again as one line</source>
        <translation>{what} enthält einen Zeilenumbruch oder ein anderes Steuerzeichen; bitte noch einmal als eine Zeile kopieren</translation>
    </message>
    <message>
        <source>No camera found at index {index}: check that it is plugged in and not used by another program, or choose another camera.</source>
        <translation>Keine Kamera mit Nummer {index}: prüfen, ob sie angeschlossen ist und kein anderes Programm sie benutzt, oder eine andere Kamera wählen.</translation>
    </message>
    <message>
        <source>Camera {index} was disconnected and did not come back.</source>
        <translation>Kamera {index} wurde getrennt und ist nicht zurückgekommen.</translation>
    </message>
    <message>
        <source>No such video file: {file}</source>
        <translation>Videodatei nicht gefunden: {file}</translation>
    </message>
    <message>
        <source>Cannot read {file}: not a video this app can decode.</source>
        <translation>{file} ist nicht lesbar: kein Video, das diese App abspielen kann.</translation>
    </message>
    <message>
        <source>No images found in {folder}</source>
        <translation>Keine Bilder in {folder}</translation>
    </message>
    <message>
        <source>Cannot read {file}: the video has no readable frames.</source>
        <translation>{file} ist nicht lesbar: das Video hat keine lesbaren Bilder.</translation>
    </message>
    <message>
        <source>None of the images could be read.</source>
        <translation>Keines der Bilder war lesbar.</translation>
    </message>
    <message>
        <source>No such file or folder: {file}</source>
        <translation>Datei oder Ordner nicht gefunden: {file}</translation>
    </message>
    <message>
        <source>No camera, file or folder called {name}: give a camera number (0), a video or image file, a folder of images, or &apos;demo&apos;.</source>
        <translation>Keine Kamera, Datei und kein Ordner namens {name}: eine Kameranummer (0), eine Video- oder Bilddatei, einen Bilderordner oder &apos;demo&apos; angeben.</translation>
    </message>
    <message>
        <source>The hub address must be https://host:port, not {url}.</source>
        <translation>Die Hub-Adresse muss https://host:port sein, nicht {url}.</translation>
    </message>
    <message>
        <source>Cannot reach the hub at {url} ({error}).</source>
        <translation>Der Hub unter {url} ist nicht erreichbar ({error}).</translation>
    </message>
    <message>
        <source>The hub presented no certificate.</source>
        <translation>Der Hub hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>The device at {url} is not the hub that was chosen (its certificate differs): another device may be posing as the hub. Nothing was paired.</source>
        <translation>Das Gerät unter {url} ist nicht der gewählte Hub (sein Zertifikat ist ein anderes): Ein anderes Gerät gibt sich womöglich als Hub aus. Es wurde nichts gekoppelt.</translation>
    </message>
    <message>
        <source>The hub stopped answering ({error}).</source>
        <translation>Der Hub antwortet nicht mehr ({error}).</translation>
    </message>
    <message>
        <source>The hub at {url} sent an answer that is not JSON ({status}).</source>
        <translation>Der Hub unter {url} hat eine Antwort geschickt, die kein JSON ist ({status}).</translation>
    </message>
    <message>
        <source>Too many pairing attempts: wait a minute, or ask for a new code.</source>
        <translation>Zu viele Kopplungsversuche: Warten Sie eine Minute oder lassen Sie einen neuen Code erzeugen.</translation>
    </message>
    <message>
        <source>The hub refused to pair ({status}).</source>
        <translation>Der Hub hat die Kopplung abgelehnt ({status}).</translation>
    </message>
    <message>
        <source>The hub&apos;s pairing answer is incomplete.</source>
        <translation>Die Kopplungsantwort des Hubs ist unvollständig.</translation>
    </message>
    <message>
        <source>The hub could not prove it knows the code: another device may be posing as the hub on this network. Nothing was paired.</source>
        <translation>Der Hub konnte nicht nachweisen, dass er den Code kennt: Ein anderes Gerät in diesem Netzwerk gibt sich womöglich als Hub aus. Es wurde nichts gekoppelt.</translation>
    </message>
    <message>
        <source>Wrong or expired pairing code (or the connection to the hub is being intercepted).</source>
        <translation>Falscher oder abgelaufener Kopplungscode (oder die Verbindung zum Hub wird abgefangen).</translation>
    </message>
    <message>
        <source>Give the hub&apos;s address (https://host:port) or choose a hub.</source>
        <translation>Geben Sie die Adresse des Hubs an (https://host:port) oder wählen Sie einen Hub.</translation>
    </message>
    <message>
        <source>The pairing could not be kept in this computer&apos;s secret store.</source>
        <translation>Die Kopplung konnte nicht im Geheimnisspeicher dieses Computers abgelegt werden.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Loading…</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <source>This panel could not be opened: {error}</source>
        <translation>Diese Ansicht ließ sich nicht öffnen: {error}</translation>
    </message>
    <message>
        <source>Organizer — {station}</source>
        <translation>Veranstalter – {station}</translation>
    </message>
    <message>
        <source>Organizer views</source>
        <translation>Veranstalteransichten</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Bitte bestätigen</translation>
    </message>
    <message>
        <source>What Wix answers appears here.</source>
        <translation>Hier erscheint, was Wix antwortet.</translation>
    </message>
    <message>
        <source>What Wix answered</source>
        <translation>Antwort von Wix</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>bevorstehend</translation>
    </message>
    <message>
        <source>started</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {error}</source>
        <translation>Etwas Unerwartetes ist passiert: {error}</translation>
    </message>
    <message>
        <source>Event setup</source>
        <translation>Veranstaltung einrichten</translation>
    </message>
    <message>
        <source>Walk-up sales</source>
        <translation>Verkauf vor Ort</translation>
    </message>
    <message>
        <source>Live stats</source>
        <translation>Live-Zahlen</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Free ticket</source>
        <translation>Freiticket</translation>
    </message>
    <message>
        <source>Admitted with a warning: paid, but the payment gateway suspended the payment</source>
        <translation>Mit Warnung eingelassen: bezahlt, aber der Zahlungsanbieter hat die Zahlung ausgesetzt</translation>
    </message>
    <message>
        <source>Payment suspended by the payment gateway: not admitted (organizer&apos;s setting)</source>
        <translation>Zahlung vom Zahlungsanbieter ausgesetzt: nicht eingelassen (Einstellung des Veranstalters)</translation>
    </message>
    <message>
        <source>Admitted with a warning: card authorised, not yet charged (can still be voided)</source>
        <translation>Mit Warnung eingelassen: Karte autorisiert, noch nicht belastet (kann noch storniert werden)</translation>
    </message>
    <message>
        <source>Card only authorised, not charged: not admitted (organizer&apos;s setting)</source>
        <translation>Karte nur autorisiert, nicht belastet: nicht eingelassen (Einstellung des Veranstalters)</translation>
    </message>
    <message>
        <source>Pay at door</source>
        <translation>Zahlung am Einlass</translation>
    </message>
    <message>
        <source>Not paid online</source>
        <translation>Online nicht bezahlt</translation>
    </message>
    <message>
        <source>Order only partly paid</source>
        <translation>Bestellung nur teilweise bezahlt</translation>
    </message>
    <message>
        <source>Order canceled</source>
        <translation>Bestellung storniert</translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation>Zahlung abgelehnt</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>Zahlung storniert</translation>
    </message>
    <message>
        <source>Order status unknown</source>
        <translation>Bestellstatus unbekannt</translation>
    </message>
    <message>
        <source>Archived by the organizer (hidden from Wix&apos;s order list, not canceled)</source>
        <translation>Vom Veranstalter archiviert (in der Wix-Bestellliste ausgeblendet, nicht storniert)</translation>
    </message>
    <message>
        <source>Not a ticket for this event</source>
        <translation>Kein Ticket für diese Veranstaltung</translation>
    </message>
    <message>
        <source>Not a ticket for this event: {event}</source>
        <translation>Kein Ticket für diese Veranstaltung: {event}</translation>
    </message>
    <message>
        <source>Ticket not on the guest list</source>
        <translation>Ticket nicht auf der Gästeliste</translation>
    </message>
    <message>
        <source>Ticket not on the guest list (guest list updated {age})</source>
        <translation>Ticket nicht auf der Gästeliste (Gästeliste aktualisiert {age})</translation>
    </message>
    <message>
        <source>Guest list not downloaded yet — check by name</source>
        <translation>Gästeliste noch nicht geladen – nach Namen suchen</translation>
    </message>
    <message>
        <source>Guest list still downloading ({received} of {total}) — check by name</source>
        <translation>Gästeliste lädt noch ({received} von {total}) – nach Namen suchen</translation>
    </message>
    <message>
        <source>Ticket no longer on the guest list</source>
        <translation>Ticket nicht mehr auf der Gästeliste</translation>
    </message>
    <message>
        <source>Ticket canceled</source>
        <translation>Ticket storniert</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Schon eingecheckt</translation>
    </message>
    <message>
        <source>Already checked in at {station}</source>
        <translation>Schon eingecheckt an {station}</translation>
    </message>
    <message>
        <source>{reason}: collect {money}</source>
        <translation>{reason}: {money} kassieren</translation>
    </message>
    <message>
        <source>Not a ticket code</source>
        <translation>Kein Ticketcode</translation>
    </message>
    <message>
        <source>Admitted by supervisor (was: {reason})</source>
        <translation>Von der Aufsicht eingelassen (war: {reason})</translation>
    </message>
    <message>
        <source>Payment collected: {money}</source>
        <translation>Zahlung kassiert: {money}</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Check-in zurückgenommen</translation>
    </message>
    <message>
        <source>No longer on the guest list</source>
        <translation>Nicht mehr auf der Gästeliste</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>Bestellung {number}</translation>
    </message>
    <message>
        <source>Paid {time}</source>
        <translation>Bezahlt {time}</translation>
    </message>
    <message>
        <source>Buyer: {name}</source>
        <translation>Käufer: {name}</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Summe: {amount}</translation>
    </message>
    <message>
        <source>Free tickets: nothing to pay</source>
        <translation>Freitickets: nichts zu zahlen</translation>
    </message>
    <message>
        <source>Paid by cash</source>
        <translation>Bar bezahlt</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Mit Karte bezahlt</translation>
    </message>
    <message>
        <source>Ticket {number} ({type})</source>
        <translation>Ticket {number} ({type})</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>Station: {name}</translation>
    </message>
</context>
<context>
    <name>RecentScans</name>
    <message>
        <source>Admitted</source>
        <translation>Eingelassen</translation>
    </message>
    <message>
        <source>Already in</source>
        <translation>Schon drin</translation>
    </message>
    <message>
        <source>Not on list</source>
        <translation>Nicht auf Liste</translation>
    </message>
    <message>
        <source>Wrong event</source>
        <translation>Falsche Veranst.</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>Zahlung offen</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>Not a ticket</source>
        <translation>Kein Ticket</translation>
    </message>
    <message>
        <source>List still loading</source>
        <translation>Liste lädt noch</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>{reason} — {station}</source>
        <translation>{reason} – {station}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>(supervisor)</source>
        <translation>(Aufsicht)</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>zurückgenommen</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>Check-in &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Collect payment and admit</source>
        <translation>Zahlung &amp;kassieren und einlassen</translation>
    </message>
    <message>
        <source>&amp;Admit anyway (supervisor)</source>
        <translation>&amp;Trotzdem einlassen (Aufsicht)</translation>
    </message>
    <message>
        <source>&amp;Next guest</source>
        <translation>&amp;Nächster Gast</translation>
    </message>
    <message>
        <source>Time until the card clears</source>
        <translation>Zeit, bis die Karte verschwindet</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Show the ticket&apos;s QR code to the camera</source>
        <translation>QR-Code des Tickets vor die Kamera halten</translation>
    </message>
    <message>
        <source>or scan it, or search the guest list</source>
        <translation>oder scannen oder in der Gästeliste suchen</translation>
    </message>
    <message>
        <source>Ready for the next guest</source>
        <translation>Bereit für den nächsten Gast</translation>
    </message>
    <message>
        <source>Result: {headline}</source>
        <translation>Ergebnis: {headline}</translation>
    </message>
    <message>
        <source>ADMIT (supervisor)</source>
        <translation>EINLASS (Aufsicht)</translation>
    </message>
    <message>
        <source>ADMIT</source>
        <translation>EINLASS</translation>
    </message>
    <message>
        <source>ALREADY IN</source>
        <translation>SCHON DRIN</translation>
    </message>
    <message>
        <source>PAYMENT DUE</source>
        <translation>ZAHLUNG OFFEN</translation>
    </message>
    <message>
        <source>NOT ON THE LIST</source>
        <translation>NICHT AUF DER LISTE</translation>
    </message>
    <message>
        <source>WRONG EVENT</source>
        <translation>FALSCHE VERANSTALTUNG</translation>
    </message>
    <message>
        <source>CANCELED</source>
        <translation>STORNIERT</translation>
    </message>
    <message>
        <source>NOT PAID</source>
        <translation>NICHT BEZAHLT</translation>
    </message>
    <message>
        <source>NOT A TICKET</source>
        <translation>KEIN TICKET</translation>
    </message>
    <message>
        <source>LIST STILL LOADING</source>
        <translation>LISTE LÄDT NOCH</translation>
    </message>
    <message>
        <source>Already checked in at {time} at {station}</source>
        <translation>Schon eingecheckt um {time} an {station}</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Schon eingecheckt um {time}</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Schon eingecheckt</translation>
    </message>
    <message>
        <source>This code is not a ticket for any event</source>
        <translation>Dieser Code ist für keine Veranstaltung ein Ticket</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <source>New shift</source>
        <translation>Neue Schicht</translation>
    </message>
    <message>
        <source>Count totals from now (e.g. after emptying the till)</source>
        <translation>Summen ab jetzt zählen (z. B. nach dem Leeren der Kasse)</translation>
    </message>
    <message>
        <source>Choose the event at the door first.</source>
        <translation>Zuerst am Einlass die Veranstaltung wählen.</translation>
    </message>
    <message>
        <source>Scan with your phone to pay {amount}</source>
        <translation>Mit dem Handy scannen, um {amount} zu zahlen</translation>
    </message>
    <message numerus="yes">
        <source>This shift: %n tickets, {revenue} · cash in drawer: {cash}</source>
        <translation>
            <numerusform>Diese Schicht: %n Ticket, {revenue} · bar in der Kasse: {cash}</numerusform>
            <numerusform>Diese Schicht: %n Tickets, {revenue} · bar in der Kasse: {cash}</numerusform>
        </translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>as the buyer</source>
        <translation>wie Käufer</translation>
    </message>
    <message>
        <source>The tickets are emailed here</source>
        <translation>Die Tickets werden hierhin geschickt</translation>
    </message>
    <message>
        <source>Let Wix take the order without the form&apos;s answers</source>
        <translation>Wix die Bestellung ohne Formularantworten annehmen lassen</translation>
    </message>
    <message>
        <source>Skip Wix&apos;s form check</source>
        <translation>Formularprüfung von Wix überspringen</translation>
    </message>
    <message>
        <source>Sends the order with ignoreFormValidation; answers can be missing</source>
        <translation>Sendet die Bestellung mit ignoreFormValidation; Antworten dürfen fehlen</translation>
    </message>
    <message>
        <source>Wix then accepts the order even when required answers are missing.</source>
        <translation>Wix nimmt die Bestellung dann auch an, wenn Pflichtantworten fehlen.</translation>
    </message>
    <message>
        <source>Guest {number}</source>
        <translation>Gast {number}</translation>
    </message>
    <message>
        <source>Registration questions</source>
        <translation>Anmeldefragen</translation>
    </message>
    <message>
        <source>Sales need the network, and Wix cannot be reached. The door keeps working: scans are saved and sent later.</source>
        <translation>Verkäufe brauchen das Netz, und Wix ist nicht erreichbar. Der Einlass läuft weiter: Scans werden gespeichert und später gesendet.</translation>
    </message>
    <message>
        <source>Finish or cancel the current sale before switching events.</source>
        <translation>Den laufenden Verkauf abschließen oder stornieren, bevor Sie die Veranstaltung wechseln.</translation>
    </message>
    <message>
        <source>Pick how many tickets the guest wants.</source>
        <translation>Wählen Sie, wie viele Tickets der Gast möchte.</translation>
    </message>
    <message>
        <source>Holding the tickets…</source>
        <translation>Tickets werden reserviert …</translation>
    </message>
    <message>
        <source>Tickets held. Take the guest&apos;s name and email, then the payment.</source>
        <translation>Tickets reserviert. Name und E-Mail des Gastes aufnehmen, dann kassieren.</translation>
    </message>
    <message>
        <source>Recording the cash sale…</source>
        <translation>Barverkauf wird gebucht …</translation>
    </message>
    <message>
        <source>Making the order for card payment…</source>
        <translation>Bestellung für Kartenzahlung wird angelegt …</translation>
    </message>
    <message>
        <source>Sold. The tickets are ready to check in.</source>
        <translation>Verkauft. Die Tickets können eingecheckt werden.</translation>
    </message>
    <message>
        <source>Sale cancelled: the tickets are back on sale.</source>
        <translation>Verkauf storniert: die Tickets sind wieder im Verkauf.</translation>
    </message>
    <message>
        <source>The hold expired: the tickets are back on sale.</source>
        <translation>Die Reservierung ist abgelaufen: die Tickets sind wieder im Verkauf.</translation>
    </message>
    <message>
        <source>The sale did not go through.</source>
        <translation>Der Verkauf ist nicht zustande gekommen.</translation>
    </message>
    <message>
        <source>Let the guest scan the code and pay on their phone.</source>
        <translation>Den Gast den Code scannen und am Handy zahlen lassen.</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n sales left from before.</source>
        <translation>
            <numerusform>%n Verkauf von vorhin abgeschlossen.</numerusform>
            <numerusform>%n Verkäufe von vorhin abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held for {time}</source>
        <translation>Reserviert für {time}</translation>
    </message>
    <message>
        <source>Paid {amount}</source>
        <translation>Bezahlt {amount}</translation>
    </message>
    <message>
        <source>Cancel or finish this sale first.</source>
        <translation>Zuerst diesen Verkauf stornieren oder abschließen.</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Reservierung abgelaufen</translation>
    </message>
    <message>
        <source>Waiting for the payment</source>
        <translation>Warte auf die Zahlung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Did not go through</source>
        <translation>Nicht zustande gekommen</translation>
    </message>
    <message>
        <source>Holding…</source>
        <translation>Reserviere …</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>Nicht im Verkauf</translation>
    </message>
    <message>
        <source>Tickets on sale</source>
        <translation>Tickets im Verkauf</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Ticketart</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Übrig</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh availability</source>
        <translation>Verfügbarkeit aktualisieren</translation>
    </message>
    <message>
        <source>Ask Wix how many tickets of each type are left</source>
        <translation>Wix fragen, wie viele Tickets jeder Art übrig sind</translation>
    </message>
    <message>
        <source>Ask Wix how many tickets are left</source>
        <translation>Wix fragen, wie viele Tickets übrig sind</translation>
    </message>
    <message>
        <source>How many: {ticket}</source>
        <translation>Anzahl: {ticket}</translation>
    </message>
    <message>
        <source>Hold these tickets</source>
        <translation>Tickets reservieren</translation>
    </message>
    <message>
        <source>Reserve the chosen tickets while the guest decides</source>
        <translation>Die gewählten Tickets reservieren, während der Gast überlegt</translation>
    </message>
    <message>
        <source>Cash received: sell</source>
        <translation>Bar erhalten: verkaufen</translation>
    </message>
    <message>
        <source>Card: show pay code</source>
        <translation>Karte: Zahlcode zeigen</translation>
    </message>
    <message>
        <source>Show a code the guest scans to pay by card on their phone</source>
        <translation>Einen Code zeigen, den der Gast scannt, um am Handy mit Karte zu zahlen</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Verkauf stornieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Ask Wix where this sale stands and finish it</source>
        <translation>Wix nach dem Stand dieses Verkaufs fragen und ihn abschließen</translation>
    </message>
    <message>
        <source>Payment code</source>
        <translation>Zahlcode</translation>
    </message>
    <message>
        <source>Issue the free tickets</source>
        <translation>Freitickets ausgeben</translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation>Verkaufte Tickets</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Ticketcode</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Jetzt einchecken</translation>
    </message>
    <message>
        <source>Save as picture…</source>
        <translation>Als Bild speichern …</translation>
    </message>
    <message>
        <source>Pictures (*.png)</source>
        <translation>Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Next guest</source>
        <translation>Nächster Gast</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Save the ticket</source>
        <translation>Ticket speichern</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
    <message>
        <source>Cannot save {file}: the folder does not exist.</source>
        <translation>{file} kann nicht gespeichert werden: der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot save {file}: the file cannot be written.</source>
        <translation>{file} kann nicht gespeichert werden: die Datei ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot save {file}: nothing was written.</source>
        <translation>{file} kann nicht gespeichert werden: es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Where to keep the keys</source>
        <translation>Wo die Schlüssel liegen</translation>
    </message>
    <message>
        <source>This computer has no system keyring (or it is locked). Check-in needs a safe place for the Wix API key and the key that encrypts the guest list.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund (oder er ist gesperrt). Check-in braucht einen sicheren Ort für den Wix-API-Schlüssel und den Schlüssel, der die Gästeliste verschlüsselt.</translation>
    </message>
    <message>
        <source>Unlock the keys saved with a passphrase</source>
        <translation>Die mit einer Passphrase gespeicherten Schlüssel entsperren</translation>
    </message>
    <message>
        <source>Keep them in a file protected by a passphrase (recommended)</source>
        <translation>In einer Datei mit Passphrase-Schutz aufbewahren (empfohlen)</translation>
    </message>
    <message>
        <source>Keep them for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Nothing is saved: the API key is asked again next time, and check-ins not yet sent to Wix when the app closes cannot be read again.</source>
        <translation>Nichts wird gespeichert: der API-Schlüssel wird beim nächsten Mal erneut abgefragt, und Check-ins, die beim Schließen noch nicht an Wix gesendet sind, lassen sich nicht mehr lesen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>Die Passphrase braucht mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Die beiden Passphrasen sind verschieden.</translation>
    </message>
    <message>
        <source>That passphrase does not open the saved keys.</source>
        <translation>Diese Passphrase öffnet die gespeicherten Schlüssel nicht.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Station settings</source>
        <translation>Stationseinstellungen</translation>
    </message>
    <message>
        <source>e.g. Door 2</source>
        <translation>z. B. Einlass 2</translation>
    </message>
    <message>
        <source>Saved; type a new one to replace it</source>
        <translation>Gespeichert; einen neuen eingeben, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Paste the API key from the Wix API Keys Manager</source>
        <translation>API-Schlüssel aus dem Wix API Keys Manager einfügen</translation>
    </message>
    <message>
        <source>Automatic (first camera)</source>
        <translation>Automatisch (erste Kamera)</translation>
    </message>
    <message>
        <source>Camera {n}</source>
        <translation>Kamera {n}</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>Demo-Kamera</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>Play a sound for each scan</source>
        <translation>Bei jedem Scan einen Ton spielen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Leer lassen, um die aktuelle PIN zu behalten</translation>
    </message>
    <message>
        <source>No PIN: anyone can change settings</source>
        <translation>Keine PIN: jeder kann Einstellungen ändern</translation>
    </message>
    <message>
        <source>Remove the PIN (no door mode)</source>
        <translation>PIN entfernen (kein Einlassmodus)</translation>
    </message>
    <message>
        <source>Admit guests whose payment the gateway suspended (PENDING)</source>
        <translation>Gäste einlassen, deren Zahlung der Anbieter ausgesetzt hat (PENDING)</translation>
    </message>
    <message>
        <source>Admit guests whose card is authorised but not charged (AUTHORIZED)</source>
        <translation>Gäste einlassen, deren Karte autorisiert, aber nicht belastet ist (AUTHORIZED)</translation>
    </message>
    <message>
        <source>Admit suspended payments</source>
        <translation>Ausgesetzte Zahlungen einlassen</translation>
    </message>
    <message>
        <source>Admit authorised card payments</source>
        <translation>Autorisierte Kartenzahlungen einlassen</translation>
    </message>
    <message>
        <source>Admitted guests get a warning on the card; unticked, they are turned away and a supervisor can still admit them.</source>
        <translation>Eingelassene Gäste bekommen eine Warnung auf der Karte; ohne Haken werden sie abgewiesen, und die Aufsicht kann sie trotzdem einlassen.</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Diese Station</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Name der Station</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Clear the result after</source>
        <translation>Ergebnis ausblenden nach</translation>
    </message>
    <message>
        <source>Wix connection</source>
        <translation>Wix-Verbindung</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>Site-ID</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Payments Wix is still settling</source>
        <translation>Zahlungen, die Wix noch abwickelt</translation>
    </message>
    <message>
        <source>Supervisor PIN (door mode)</source>
        <translation>Aufsichts-PIN (Einlassmodus)</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source> days after the event</source>
        <translation> Tage nach der Veranstaltung</translation>
    </message>
    <message>
        <source>Guest data</source>
        <translation>Gästedaten</translation>
    </message>
    <message>
        <source>Forget guest names</source>
        <translation>Gästenamen vergessen</translation>
    </message>
    <message>
        <source>Keys kept in {store}.</source>
        <translation>Schlüssel liegen in: {store}.</translation>
    </message>
    <message>
        <source>What is held, and until when…</source>
        <translation>Was gespeichert ist und wie lange …</translation>
    </message>
    <message>
        <source>Could not save the API key: {error}</source>
        <translation>Der API-Schlüssel konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Enter the site ID that the API key belongs to.</source>
        <translation>Die Site-ID eingeben, zu der der API-Schlüssel gehört.</translation>
    </message>
    <message>
        <source>The server must start with https://</source>
        <translation>Der Server muss mit https:// beginnen</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} digits.</source>
        <translation>Die PIN braucht mindestens {n} Ziffern.</translation>
    </message>
    <message>
        <source>The two PINs are different.</source>
        <translation>Die beiden PINs sind verschieden.</translation>
    </message>
    <message>
        <source>Resolution looks like 1280x720.</source>
        <translation>Die Auflösung sieht aus wie 1280x720.</translation>
    </message>
    <message>
        <source>Door mode and accessibility</source>
        <translation>Einlassmodus und Barrierefreiheit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>With a supervisor PIN, door mode locks again after this long without a supervisor action, and whenever the computer wakes from sleep.</source>
        <translation>Mit einer Aufsichts-PIN sperrt sich der Einlassmodus nach dieser Zeit ohne Aufsichtsaktion wieder, und immer dann, wenn der Computer aus dem Ruhezustand erwacht.</translation>
    </message>
    <message>
        <source>Speak each verdict (e.g. “Admit, Anna Lee, VIP”)</source>
        <translation>Jedes Ergebnis vorlesen (z. B. „Einlass, Anna Lee, VIP“)</translation>
    </message>
    <message>
        <source>Large text and high contrast</source>
        <translation>Große Schrift und hoher Kontrast</translation>
    </message>
    <message>
        <source>Lock door mode after</source>
        <translation>Einlassmodus sperren nach</translation>
    </message>
    <message>
        <source>Same as this computer ({language})</source>
        <translation>Wie dieser Computer ({language})</translation>
    </message>
    <message>
        <source>A new language applies the next time Check-in starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Check-in.</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>Event to set up</source>
        <translation>Einzurichtende Veranstaltung</translation>
    </message>
    <message>
        <source>Load from Wix</source>
        <translation>Von Wix laden</translation>
    </message>
    <message>
        <source>Read the chosen event and its ticket types from Wix</source>
        <translation>Die gewählte Veranstaltung und ihre Ticketarten von Wix lesen</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Einrichtungsschritte</translation>
    </message>
    <message>
        <source>1 Event</source>
        <translation>1 Veranstaltung</translation>
    </message>
    <message>
        <source>2 Tickets</source>
        <translation>2 Tickets</translation>
    </message>
    <message>
        <source>3 Form</source>
        <translation>3 Formular</translation>
    </message>
    <message>
        <source>4 Policies</source>
        <translation>4 Richtlinien</translation>
    </message>
    <message>
        <source>5 Schedule</source>
        <translation>5 Programm</translation>
    </message>
    <message>
        <source>6 Categories</source>
        <translation>6 Kategorien</translation>
    </message>
    <message>
        <source>7 Staff</source>
        <translation>7 Mitarbeiter</translation>
    </message>
    <message>
        <source>8 Publish</source>
        <translation>8 Veröffentlichen</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Veranstaltung:</translation>
    </message>
    <message>
        <source>What Wix answered</source>
        <translation>Antwort von Wix</translation>
    </message>
    <message>
        <source>— choose an event —</source>
        <translation>— Veranstaltung wählen —</translation>
    </message>
    <message>
        <source>No event chosen: create or copy one in step 1.</source>
        <translation>Keine Veranstaltung gewählt: in Schritt 1 eine anlegen oder kopieren.</translation>
    </message>
    <message>
        <source>Setting up: {event} ({status}) — the door&apos;s event</source>
        <translation>In Einrichtung: {event} ({status}) – die Veranstaltung am Einlass</translation>
    </message>
    <message>
        <source>Setting up: {event} ({status})</source>
        <translation>In Einrichtung: {event} ({status})</translation>
    </message>
    <message>
        <source>Choose an event to load.</source>
        <translation>Eine Veranstaltung zum Laden wählen.</translation>
    </message>
    <message>
        <source>Wix allows three policies per event. Pick one to change, move or delete it.</source>
        <translation>Wix erlaubt drei Richtlinien pro Veranstaltung. Eine auswählen, um sie zu ändern, zu verschieben oder zu löschen.</translation>
    </message>
    <message>
        <source>Policies, in the order guests see them</source>
        <translation>Richtlinien in der Reihenfolge, in der Gäste sie sehen</translation>
    </message>
    <message>
        <source>e.g. Refund policy</source>
        <translation>z. B. Rückerstattung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Richtlinie hinzufügen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Delete the policy “%1” on Wix?</source>
        <translation>Richtlinie „%1“ bei Wix löschen?</translation>
    </message>
    <message>
        <source>Turn on the schedule</source>
        <translation>Programm einschalten</translation>
    </message>
    <message>
        <source>Guests see the schedule on the event page; changes here are published at once. Pick an item to change or delete it.</source>
        <translation>Gäste sehen das Programm auf der Veranstaltungsseite; Änderungen hier werden sofort veröffentlicht. Einen Punkt auswählen, um ihn zu ändern oder zu löschen.</translation>
    </message>
    <message>
        <source>Schedule items</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <source>e.g. Doors open</source>
        <translation>z. B. Einlass beginnt</translation>
    </message>
    <message>
        <source>e.g. Main stage (optional)</source>
        <translation>z. B. Hauptbühne (optional)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bühne</translation>
    </message>
    <message>
        <source>Add to the schedule</source>
        <translation>Zum Programm hinzufügen</translation>
    </message>
    <message>
        <source>Delete “%1” from the schedule on Wix?</source>
        <translation>„%1“ bei Wix aus dem Programm löschen?</translation>
    </message>
    <message>
        <source>e.g. Summer Gala</source>
        <translation>z. B. Sommergala</translation>
    </message>
    <message>
        <source>Online event (no venue)</source>
        <translation>Online-Veranstaltung (kein Ort)</translation>
    </message>
    <message>
        <source>Online event</source>
        <translation>Online-Veranstaltung</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>Name des Orts</translation>
    </message>
    <message>
        <source>Street, city</source>
        <translation>Straße, Ort</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Further dates</source>
        <translation>Weitere Termine</translation>
    </message>
    <message>
        <source>Another date</source>
        <translation>Weiterer Termin</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Termin hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen date</source>
        <translation>Den gewählten Termin entfernen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Max per order</source>
        <translation>Höchstens pro Bestellung</translation>
    </message>
    <message>
        <source>Hold tickets for</source>
        <translation>Tickets reservieren für</translation>
    </message>
    <message>
        <source>Also on</source>
        <translation>Auch am</translation>
    </message>
    <message>
        <source>Create draft event</source>
        <translation>Entwurf anlegen</translation>
    </message>
    <message>
        <source>Title of the copy</source>
        <translation>Titel der Kopie</translation>
    </message>
    <message>
        <source>Title of the copy (optional)</source>
        <translation>Titel der Kopie (optional)</translation>
    </message>
    <message>
        <source>Copy as a new draft</source>
        <translation>Als neuen Entwurf kopieren</translation>
    </message>
    <message>
        <source>Copy the event chosen above (form, tickets, settings)</source>
        <translation>Die oben gewählte Veranstaltung kopieren (Formular, Tickets, Einstellungen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Or copy the chosen event&lt;/b&gt;</source>
        <translation>&lt;b&gt;Oder die gewählte Veranstaltung kopieren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Neuer Titel</translation>
    </message>
    <message>
        <source>Choose the event to copy in the list above.</source>
        <translation>Die zu kopierende Veranstaltung oben in der Liste wählen.</translation>
    </message>
    <message>
        <source>Publishing puts the event on sale on your site. It cannot be undone: a published event cannot go back to draft.</source>
        <translation>Veröffentlichen bringt die Veranstaltung auf Ihrer Website in den Verkauf. Das lässt sich nicht rückgängig machen: eine veröffentlichte Veranstaltung wird nie wieder ein Entwurf.</translation>
    </message>
    <message>
        <source>I understand, publish it</source>
        <translation>Verstanden, veröffentlichen</translation>
    </message>
    <message>
        <source>Confirm publishing</source>
        <translation>Veröffentlichen bestätigen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Use this event at the door</source>
        <translation>Diese Veranstaltung am Einlass verwenden</translation>
    </message>
    <message>
        <source>Check in guests</source>
        <translation>Gäste einchecken</translation>
    </message>
    <message>
        <source>Sell tickets</source>
        <translation>Tickets verkaufen</translation>
    </message>
    <message>
        <source>Add guests</source>
        <translation>Gäste hinzufügen</translation>
    </message>
    <message>
        <source>See sales figures</source>
        <translation>Verkaufszahlen sehen</translation>
    </message>
    <message>
        <source>See form answers</source>
        <translation>Formularantworten sehen</translation>
    </message>
    <message>
        <source>not logged in yet</source>
        <translation>noch nicht angemeldet</translation>
    </message>
    <message>
        <source>has access</source>
        <translation>hat Zugang</translation>
    </message>
    <message>
        <source>access paused</source>
        <translation>Zugang pausiert</translation>
    </message>
    <message>
        <source>One category per line (up to 10)</source>
        <translation>Eine Kategorie pro Zeile (bis zu 10)</translation>
    </message>
    <message>
        <source>New categories</source>
        <translation>Neue Kategorien</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Put the event in this category</source>
        <translation>Veranstaltung dieser Kategorie zuordnen</translation>
    </message>
    <message>
        <source>Create a category first.</source>
        <translation>Zuerst eine Kategorie anlegen.</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>alle Veranstaltungen</translation>
    </message>
    <message>
        <source>Staff check guests in with the Check-in by Wix app on their phone. Pick someone to change what they may do, or to pause their access.</source>
        <translation>Mitarbeiter checken Gäste mit der App „Check-in by Wix“ auf ihrem Handy ein. Jemanden auswählen, um seine Rechte zu ändern oder seinen Zugang zu pausieren.</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>e.g. Sam at the door</source>
        <translation>z. B. Sam am Einlass</translation>
    </message>
    <message>
        <source>Only for this event</source>
        <translation>Nur für diese Veranstaltung</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Darf</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <source>Save permissions</source>
        <translation>Berechtigungen speichern</translation>
    </message>
    <message>
        <source>Pause access</source>
        <translation>Zugang pausieren</translation>
    </message>
    <message>
        <source>Their login link stops working until you resume it</source>
        <translation>Der Anmeldelink funktioniert nicht mehr, bis Sie den Zugang fortsetzen</translation>
    </message>
    <message>
        <source>Resume access</source>
        <translation>Zugang fortsetzen</translation>
    </message>
    <message>
        <source>Login link: {link}</source>
        <translation>Anmeldelink: {link}</translation>
    </message>
    <message>
        <source>Remove %1? Their login link stops working.</source>
        <translation>%1 entfernen? Der Anmeldelink funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Kurze Antwort</translation>
    </message>
    <message>
        <source>Drop-down</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>Check boxes</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Eine Auswahl</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Additional guests</source>
        <translation>Weitere Gäste</translation>
    </message>
    <message>
        <source>, must answer</source>
        <translation>, Pflichtantwort</translation>
    </message>
    <message>
        <source> (always asked)</source>
        <translation> (immer gefragt)</translation>
    </message>
    <message>
        <source>Questions on the form</source>
        <translation>Fragen im Formular</translation>
    </message>
    <message>
        <source>Guests answer these questions at checkout.</source>
        <translation>Gäste beantworten diese Fragen beim Kauf.</translation>
    </message>
    <message>
        <source>e.g. Company</source>
        <translation>z. B. Firma</translation>
    </message>
    <message>
        <source>Guests must answer</source>
        <translation>Gäste müssen antworten</translation>
    </message>
    <message>
        <source>Choices, separated by commas</source>
        <translation>Auswahlmöglichkeiten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Save the changes to the question picked in the list</source>
        <translation>Änderungen an der in der Liste gewählten Frage speichern</translation>
    </message>
    <message>
        <source>Delete the question picked in the list</source>
        <translation>Die in der Liste gewählte Frage löschen</translation>
    </message>
    <message>
        <source>Delete the question “%1” from the form on Wix?</source>
        <translation>Frage „%1“ bei Wix aus dem Formular löschen?</translation>
    </message>
    <message>
        <source>Not connected to Wix: setting up an event needs the network. You can type now; nothing is sent until the station is connected.</source>
        <translation>Nicht mit Wix verbunden: eine Veranstaltung einzurichten braucht das Netz. Sie können schon tippen; gesendet wird erst, wenn die Station verbunden ist.</translation>
    </message>
    <message>
        <source>Choose or create an event first.</source>
        <translation>Zuerst eine Veranstaltung wählen oder anlegen.</translation>
    </message>
    <message>
        <source>Sending to Wix…</source>
        <translation>Wird an Wix gesendet …</translation>
    </message>
    <message>
        <source>Wix refused: {error}</source>
        <translation>Wix lehnte ab: {error}</translation>
    </message>
    <message>
        <source>Fee added at checkout</source>
        <translation>Gebühr beim Kauf zusätzlich</translation>
    </message>
    <message>
        <source>Fee included</source>
        <translation>Gebühr inklusive</translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation>Ticketarten</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Ticketart</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>e.g. General Admission</source>
        <translation>z. B. Normalpreis</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Free ticket</source>
        <translation>Freiticket</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Unlimited quantity</source>
        <translation>Unbegrenzte Menge</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Sale starts</source>
        <translation>Verkaufsbeginn</translation>
    </message>
    <message>
        <source>Sale ends</source>
        <translation>Verkaufsende</translation>
    </message>
    <message>
        <source>{field}: set a date</source>
        <translation>{field}: Datum festlegen</translation>
    </message>
    <message>
        <source>Add ticket type</source>
        <translation>Ticketart hinzufügen</translation>
    </message>
    <message>
        <source>Save the changes to the ticket type picked in the table</source>
        <translation>Änderungen an der in der Tabelle gewählten Ticketart speichern</translation>
    </message>
    <message>
        <source>Delete the ticket type picked in the table</source>
        <translation>Die in der Tabelle gewählte Ticketart löschen</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>im Verkauf</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Pick the ticket type to change in the list.</source>
        <translation>Die zu ändernde Ticketart in der Liste wählen.</translation>
    </message>
    <message>
        <source>Pick the ticket type to delete in the list.</source>
        <translation>Die zu löschende Ticketart in der Liste wählen.</translation>
    </message>
    <message>
        <source>Delete the ticket type “%1” on Wix?</source>
        <translation>Ticketart „%1“ bei Wix löschen?</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Qt TextToSpeech is not available ({error}).</source>
        <translation>Qt TextToSpeech ist nicht verfügbar ({error}).</translation>
    </message>
    <message>
        <source>No speech engine is installed on this computer, so verdicts are not spoken (on Linux install speech-dispatcher and a voice such as espeak-ng).</source>
        <translation>Auf diesem Computer ist keine Sprachausgabe installiert, daher werden Ergebnisse nicht vorgelesen (unter Linux speech-dispatcher und eine Stimme wie espeak-ng installieren).</translation>
    </message>
    <message>
        <source>The speech engine “{engine}” does not work here: {error}</source>
        <translation>Die Sprachausgabe „{engine}“ funktioniert hier nicht: {error}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>Share of sold tickets checked in</source>
        <translation>Anteil der verkauften Tickets, die eingecheckt sind</translation>
    </message>
    <message>
        <source>Refresh from Wix</source>
        <translation>Von Wix aktualisieren</translation>
    </message>
    <message>
        <source>Ask Wix for the latest sales</source>
        <translation>Wix nach den neuesten Verkäufen fragen</translation>
    </message>
    <message>
        <source>Export scans…</source>
        <translation>Scans exportieren …</translation>
    </message>
    <message>
        <source>Export the scan log</source>
        <translation>Scan-Protokoll exportieren</translation>
    </message>
    <message>
        <source>Every scan at this station, turned-away guests included, as CSV</source>
        <translation>Jeder Scan an dieser Station, abgewiesene Gäste eingeschlossen, als CSV</translation>
    </message>
    <message>
        <source>Figures per ticket type</source>
        <translation>Zahlen je Ticketart</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Ticketart</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Choose the event at the door to see its figures.</source>
        <translation>Am Einlass die Veranstaltung wählen, um ihre Zahlen zu sehen.</translation>
    </message>
    <message>
        <source>Offline: these figures come from this station&apos;s cache.</source>
        <translation>Offline: diese Zahlen stammen aus dem Speicher dieser Station.</translation>
    </message>
    <message>
        <source>Asking Wix for the latest sales…</source>
        <translation>Wix wird nach den neuesten Verkäufen gefragt …</translation>
    </message>
    <message>
        <source>Offline: figures from this station&apos;s cache (ages below).</source>
        <translation>Offline: Zahlen aus dem Speicher dieser Station (Stand unten).</translation>
    </message>
    <message>
        <source>Checked in: {checked} / {sold} sold ({percent})</source>
        <translation>Eingecheckt: {checked} / {sold} verkauft ({percent})</translation>
    </message>
    <message>
        <source>Revenue: {revenue} ({source})</source>
        <translation>Umsatz: {revenue} ({source})</translation>
    </message>
    <message>
        <source>Walk-up sales here: {sales}, {tickets}, {revenue} (cash {cash})</source>
        <translation>Verkauf vor Ort hier: {sales}, {tickets}, {revenue} (bar {cash})</translation>
    </message>
    <message numerus="yes">
        <source>%n sales</source>
        <translation>
            <numerusform>%n Verkauf</numerusform>
            <numerusform>%n Verkäufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n Ticket</numerusform>
            <numerusform>%n Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrivals by station: {stations}</source>
        <translation>Ankünfte je Station: {stations}</translation>
    </message>
    <message>
        <source>Guest list as of {age}</source>
        <translation>Gästeliste aktualisiert {age}</translation>
    </message>
    <message>
        <source>Guest list never downloaded</source>
        <translation>Gästeliste nie geladen</translation>
    </message>
    <message>
        <source>sales summary as of {age}</source>
        <translation>Verkaufsübersicht aktualisiert {age}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n scans ({detail}) to {file}</source>
        <translation>
            <numerusform>%n Scan ({detail}) in {file} geschrieben</numerusform>
            <numerusform>%n Scans ({detail}) in {file} geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}, %n orders</source>
        <translation>
            <numerusform>{source}, %n Bestellung</numerusform>
            <numerusform>{source}, %n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Wix orders summary</source>
        <translation>Wix-Bestellübersicht</translation>
    </message>
    <message>
        <source>estimated from the guest list</source>
        <translation>geschätzt aus der Gästeliste</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>noch keine Zahlen</translation>
    </message>
    <message>
        <source>Choose the event at the door first.</source>
        <translation>Zuerst am Einlass die Veranstaltung wählen.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>other devices</source>
        <translation>andere Geräte</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes</source>
        <translation>Ankünfte je 5 Minuten</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes: nobody yet</source>
        <translation>Ankünfte je 5 Minuten: noch niemand</translation>
    </message>
    <message>
        <source>Nobody has arrived yet</source>
        <translation>Noch niemand ist angekommen</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes ({zone})</source>
        <translation>Ankünfte je 5 Minuten ({zone})</translation>
    </message>
    <message numerus="yes">
        <source>%n arrivals in the last two hours</source>
        <translation>
            <numerusform>%n Ankunft in den letzten zwei Stunden</numerusform>
            <numerusform>%n Ankünfte in den letzten zwei Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} Std.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} fast</source>
        <translation>Die Uhr dieses Computers geht {amount} vor</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} slow</source>
        <translation>Die Uhr dieses Computers geht {amount} nach</translation>
    </message>
    <message>
        <source>Mode: offline (deciding here)</source>
        <translation>Modus: offline (Entscheidung hier)</translation>
    </message>
    <message>
        <source>Mode: venue hub</source>
        <translation>Modus: Hub vor Ort</translation>
    </message>
    <message>
        <source>Mode: direct to Wix</source>
        <translation>Modus: direkt zu Wix</translation>
    </message>
    <message>
        <source>⇣ Guest list still downloading: {so_far}</source>
        <translation>⇣ Gästeliste lädt noch: {so_far}</translation>
    </message>
    <message>
        <source>Guest list from {age}; checking it again ({share})</source>
        <translation>Gästeliste aktualisiert {age}; wird erneut geprüft ({share})</translation>
    </message>
    <message>
        <source>Wix asked to slow down, waiting {time}</source>
        <translation>Wix bittet um Pause, warte {time}</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connection problems</source>
        <translation>Verbindungsprobleme</translation>
    </message>
    <message>
        <source>Offline: check-ins are kept and upload later</source>
        <translation>Offline: Check-ins bleiben gespeichert und werden später gesendet</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Not connected to Wix</source>
        <translation>Nicht mit Wix verbunden</translation>
    </message>
    <message numerus="yes">
        <source>⇡ %n waiting to upload</source>
        <translation>
            <numerusform>⇡ %n wartet auf Übertragung</numerusform>
            <numerusform>⇡ %n warten auf Übertragung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n need attention…</source>
        <translation>
            <numerusform>⚠ %n braucht Aufmerksamkeit …</numerusform>
            <numerusform>⚠ %n brauchen Aufmerksamkeit …</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ All check-ins uploaded</source>
        <translation>✔ Alle Check-ins übertragen</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Last sync {age}</source>
        <translation>Letzte Synchronisierung {age}</translation>
    </message>
</context>
</TS>
