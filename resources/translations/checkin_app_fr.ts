<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
    <message>
        <source>More items</source>
        <translation>Autres éléments</translation>
    </message>
</context>
<context>
    <name>Ages</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
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
        <translation>Check-in est déjà ouvert pour ce dossier de données ({folder}). Passez à cette fenêtre, ou lancez celle-ci avec --data-dir vers un autre dossier.</translation>
    </message>
    <message>
        <source>Event {event} is not in the local cache and Wix cannot be reached to download it: run `checkin-app sync --event` first.</source>
        <translation>L&apos;événement {event} n&apos;est pas dans la copie locale et Wix est injoignable pour le télécharger&#xa0;: lancez d&apos;abord `checkin-app sync --event`.</translation>
    </message>
    <message>
        <source>The database was repaired</source>
        <translation>La base de données a été réparée</translation>
    </message>
    <message>
        <source>Check-in cannot start</source>
        <translation>Check-in ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Check-in</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Annulation d&apos;entrée</translation>
    </message>
    <message>
        <source>Payment at door</source>
        <translation>Paiement à l&apos;entrée</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Why Wix refused</source>
        <translation>Motif du refus de Wix</translation>
    </message>
    <message>
        <source>Admitted here</source>
        <translation>Admis ici</translation>
    </message>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Also checked in on Wix at</source>
        <translation>Aussi enregistré sur Wix à</translation>
    </message>
    <message>
        <source>Refused uploads</source>
        <translation>Envois refusés</translation>
    </message>
    <message>
        <source>Admitted twice</source>
        <translation>Admis deux fois</translation>
    </message>
    <message>
        <source>Send selected again</source>
        <translation>Renvoyer la sélection</translation>
    </message>
    <message>
        <source>Send all again</source>
        <translation>Tout renvoyer</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Marquer comme vu</translation>
    </message>
    <message>
        <source>Unlock door mode to send items again.</source>
        <translation>Déverrouillez le mode porte pour renvoyer.</translation>
    </message>
    <message>
        <source>Wix refused these uploads. Fix the cause, then send again.</source>
        <translation>Wix a refusé ces envois. Corrigez la cause, puis renvoyez.</translation>
    </message>
    <message>
        <source>These tickets were admitted here and also at another door or on Wix.</source>
        <translation>Ces billets ont été admis ici et aussi à une autre porte ou sur Wix.</translation>
    </message>
    <message>
        <source>Refused uploads: {n}</source>
        <translation>Envois refusés&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Admitted twice: {n}</source>
        <translation>Admis deux fois&#xa0;: {n}</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>{problem}
The barcode scanner and the guest search still work. Trying the camera again…</source>
        <translation>{problem}
Le lecteur de codes-barres et la recherche d&apos;invités fonctionnent toujours. Nouvel essai de la caméra…</translation>
    </message>
    <message>
        <source>Camera lost: {problem}
Trying again…</source>
        <translation>Caméra perdue&#xa0;: {problem}
Nouvel essai…</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>La vidéo est terminée.</translation>
    </message>
    <message>
        <source>The camera was disconnected. Reconnecting…</source>
        <translation>La caméra a été débranchée. Reconnexion…</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Image de la caméra</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
</context>
<context>
    <name>DataHeld</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Guests held</source>
        <translation>Invités conservés</translation>
    </message>
    <message>
        <source>Forgotten after</source>
        <translation>Oubliés après</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Forgotten on {when}</source>
        <translation>Oubliés le {when}</translation>
    </message>
    <message numerus="yes">
        <source>Kept until %n check-ins reach Wix</source>
        <translation>
            <numerusform>Conservés jusqu&apos;à ce que %n entrée arrive chez Wix</numerusform>
            <numerusform>Conservés jusqu&apos;à ce que %n entrées arrivent chez Wix</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgotten at the next start</source>
        <translation>Oubliés au prochain démarrage</translation>
    </message>
    <message>
        <source>No end date: forget by hand</source>
        <translation>Pas de date de fin&#xa0;: oublier à la main</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Conservés</translation>
    </message>
    <message>
        <source>Guest names and e-mails are kept {days:g} days after each event ends, then forgotten (never while check-ins are unsent). Counts and the scan log stay. Everything is encrypted on this laptop.</source>
        <translation>Les noms et e-mails des invités sont conservés {days:g} jours après la fin de chaque événement, puis oubliés (jamais tant que des entrées ne sont pas envoyées). Les totaux et le journal des scans restent. Tout est chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Forget this event&apos;s guests now</source>
        <translation>Oublier maintenant les invités de cet événement</translation>
    </message>
    <message>
        <source>Could not read the station&apos;s data: {error}</source>
        <translation>Impossible de lire les données du poste&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Forget the names and e-mails of %n guests of {title} on this laptop now?</source>
        <translation>
            <numerusform>Oublier maintenant sur cet ordinateur le nom et l&apos;e-mail de %n invité de {title}&#xa0;?</numerusform>
            <numerusform>Oublier maintenant sur cet ordinateur les noms et e-mails de %n invités de {title}&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget guests</source>
        <translation>Oublier les invités</translation>
    </message>
    <message>
        <source>Forgetting…</source>
        <translation>Oubli en cours…</translation>
    </message>
    <message>
        <source>Forgot the guests of {title}.</source>
        <translation>Invités de {title} oubliés.</translation>
    </message>
    <message>
        <source>Guest data on this laptop</source>
        <translation>Données des invités sur cet ordinateur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>Could not undo</source>
        <translation>Annulation impossible</translation>
    </message>
    <message>
        <source>Could not check in</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Something went wrong; the problem was logged. Try again.</source>
        <translation>Un problème est survenu&#xa0;; il a été consigné. Réessayez.</translation>
    </message>
</context>
<context>
    <name>DoorLock</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>Code du superviseur</translation>
    </message>
    <message>
        <source>Enter the supervisor PIN to unlock.</source>
        <translation>Saisissez le code du superviseur pour déverrouiller.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Code incorrect. Réessayez.</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <source>No camera is set up. Scan with the barcode scanner or search for a guest.</source>
        <translation>Aucune caméra configurée. Scannez avec le lecteur de codes-barres ou cherchez l&apos;invité.</translation>
    </message>
    <message>
        <source>A supervisor must enter the PIN to admit this guest anyway.</source>
        <translation>Un superviseur doit saisir le code pour laisser entrer cet invité quand même.</translation>
    </message>
    <message>
        <source>A supervisor must enter the PIN to change settings.</source>
        <translation>Un superviseur doit saisir le code pour modifier les réglages.</translation>
    </message>
    <message>
        <source>A supervisor must enter the PIN to pair with the venue hub or leave it.</source>
        <translation>Un superviseur doit saisir le code PIN pour appairer le hub du lieu ou le quitter.</translation>
    </message>
    <message>
        <source>Collect payment</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>Collect {money} from {guest}, then admit?</source>
        <translation>Encaisser {money} auprès de {guest}, puis laisser entrer&#xa0;?</translation>
    </message>
    <message>
        <source>Payment collected — admit</source>
        <translation>Encaissé – laisser entrer</translation>
    </message>
    <message>
        <source>Door mode</source>
        <translation>Mode porte</translation>
    </message>
    <message>
        <source>Set a supervisor PIN in Settings first; door mode is locked with it.</source>
        <translation>Définissez d&apos;abord un code superviseur dans les réglages&#xa0;; le mode porte se verrouille avec lui.</translation>
    </message>
    <message>
        <source>Spoken verdicts</source>
        <translation>Verdicts à voix haute</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins are still waiting to upload to Wix. They are saved on this computer and will upload the next time the app runs with a network.

Close anyway?</source>
        <translation>
            <numerusform>%n entrée attend encore d&apos;être envoyée à Wix. Elle est enregistrée sur cet ordinateur et sera envoyée la prochaine fois que l&apos;app fonctionnera avec le réseau.

Fermer quand même&#xa0;?</numerusform>
            <numerusform>%n entrées attendent encore d&apos;être envoyées à Wix. Elles sont enregistrées sur cet ordinateur et seront envoyées la prochaine fois que l&apos;app fonctionnera avec le réseau.

Fermer quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins not uploaded yet</source>
        <translation>Entrées pas encore envoyées</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Chercher un invité</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Needs &amp;attention…</source>
        <translation>À &amp;traiter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find a guest</source>
        <translation>&amp;Chercher un invité</translation>
    </message>
    <message>
        <source>&amp;Large text and high contrast</source>
        <translation>&amp;Grand texte et contraste élevé</translation>
    </message>
    <message>
        <source>S&amp;peak verdicts</source>
        <translation>&amp;Lire les verdicts</translation>
    </message>
    <message>
        <source>The check-in had not been uploaded yet; nothing was sent to Wix.</source>
        <translation>L&apos;entrée n&apos;avait pas encore été envoyée&#xa0;; rien n&apos;a été envoyé à Wix.</translation>
    </message>
    <message>
        <source>Wix will be told at the next sync.</source>
        <translation>Wix sera prévenu à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>CHECK-IN UNDONE</source>
        <translation>ENTRÉE ANNULÉE</translation>
    </message>
    <message>
        <source>Lock door mode</source>
        <translation>Verrouiller le mode porte</translation>
    </message>
    <message>
        <source>Supervisor unlock…</source>
        <translation>Déverrouillage superviseur…</translation>
    </message>
    <message>
        <source>Check-in — {station}</source>
        <translation>Check-in — {station}</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>NON CONNECTÉ</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Événement&#xa0;:</translation>
    </message>
    <message>
        <source>Event at this door</source>
        <translation>Événement à cette porte</translation>
    </message>
    <message>
        <source>Turn the scan sounds on or off</source>
        <translation>Activer ou couper les sons des scans</translation>
    </message>
    <message>
        <source>No events yet — syncing…</source>
        <translation>Pas encore d&apos;événement — synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>✔ %n admitted here</source>
        <translation>
            <numerusform>✔ %n admis ici</numerusform>
            <numerusform>✔ %n admis ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>Poste&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>Son&#xa0;: coupé</translation>
    </message>
    <message>
        <source>Sound: on</source>
        <translation>Son&#xa0;: activé</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>Derniers scans</translation>
    </message>
    <message>
        <source>The last scans at this station, newest first</source>
        <translation>Les derniers scans à ce poste, le plus récent en premier</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Check-in</source>
        <translation>Bienvenue dans Check-in</translation>
    </message>
    <message>
        <source>Check guests in at the door</source>
        <translation>Faites entrer les invités à la porte</translation>
    </message>
    <message>
        <source>Scan tickets with the camera or a barcode scanner, even without internet. Nothing is set up yet: try the demo with made-up guests, or connect your Wix site.</source>
        <translation>Scannez les billets avec la caméra ou un lecteur de codes-barres, même sans internet. Rien n&apos;est encore configuré&#xa0;: essayez la démo avec des invités fictifs, ou connectez votre site Wix.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Connect to Wix</source>
        <translation>Se connecter à Wix</translation>
    </message>
    <message>
        <source>Create an API key in the Wix API Keys Manager with the Events permissions, and copy your site ID from the site&apos;s dashboard address.</source>
        <translation>Créez une clé API dans le gestionnaire de clés API de Wix avec les autorisations Events, et copiez l&apos;ID du site depuis l&apos;adresse du tableau de bord du site.</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>ID du site</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Connect and download the guest list</source>
        <translation>Se connecter et télécharger la liste des invités</translation>
    </message>
    <message>
        <source>Enter both the site ID and the API key.</source>
        <translation>Saisissez l&apos;ID du site et la clé API.</translation>
    </message>
    <message>
        <source>Check the API key: {error}.</source>
        <translation>Vérifiez la clé API&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Checking the key with Wix…</source>
        <translation>Vérification de la clé auprès de Wix…</translation>
    </message>
    <message>
        <source>Check the server address: {error}</source>
        <translation>Vérifiez l&apos;adresse du serveur&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>Connexion impossible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Connected. Downloading the guest list…</source>
        <translation>Connecté. Téléchargement de la liste des invités…</translation>
    </message>
    <message>
        <source>Downloading the guest list of {title}: {so_far}</source>
        <translation>Téléchargement de la liste des invités de {title}&#xa0;: {so_far}</translation>
    </message>
    <message>
        <source>Wix asked to slow down, waiting {time}</source>
        <translation>Wix demande de ralentir, attente de {time}</translation>
    </message>
</context>
<context>
    <name>GuestList</name>
    <message>
        <source>about {n} s</source>
        <translation>environ {n} s</translation>
    </message>
    <message>
        <source>about {n} min</source>
        <translation>environ {n} min</translation>
    </message>
    <message>
        <source>about {h} h {m} min</source>
        <translation>environ {h} h {m} min</translation>
    </message>
    <message>
        <source>{n} tickets so far</source>
        <translation>{n} billets pour l&apos;instant</translation>
    </message>
    <message>
        <source>{n} of {total} tickets</source>
        <translation>{n} billets sur {total}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>encore {time}</translation>
    </message>
    <message>
        <source>The download has not started yet: it starts at the next sync</source>
        <translation>Le téléchargement n&apos;a pas encore commencé&#xa0;: il démarre à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Guest list still loading</source>
        <translation>Liste des invités en cours de chargement</translation>
    </message>
    <message>
        <source>Not here yet? Search by name</source>
        <translation>Pas encore là&#xa0;? Cherchez par nom</translation>
    </message>
</context>
<context>
    <name>GuestSearch</name>
    <message>
        <source>In at {time}</source>
        <translation>Entré à {time}</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>N° billet</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Find a guest: name, email, ticket or order number</source>
        <translation>Chercher un invité&#xa0;: nom, e-mail, n° de billet ou de commande</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Chercher un invité</translation>
    </message>
    <message>
        <source>Type a name, email, ticket or order number; Enter checks in a single match</source>
        <translation>Tapez un nom, un e-mail, un n° de billet ou de commande&#xa0;; Entrée valide un résultat unique</translation>
    </message>
    <message>
        <source>Guests found</source>
        <translation>Invités trouvés</translation>
    </message>
    <message>
        <source>Enter checks in the selected guest</source>
        <translation>Entrée valide l&apos;entrée de l&apos;invité sélectionné</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Valider l&apos;entrée</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Annuler l&apos;entrée</translation>
    </message>
    <message>
        <source>Type at least two letters or a number.</source>
        <translation>Tapez au moins deux lettres ou un chiffre.</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>La recherche a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No guest matches “{text}”.</source>
        <translation>Aucun invité ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvé</numerusform>
            <numerusform>%n trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubMembership</name>
    <message>
        <source>&amp;Pair with the venue hub…</source>
        <translation>&amp;Appairer avec le hub du lieu…</translation>
    </message>
    <message>
        <source>&amp;Leave the venue hub</source>
        <translation>&amp;Quitter le hub du lieu</translation>
    </message>
    <message>
        <source>PAIRED</source>
        <translation>APPAIRÉ</translation>
    </message>
    <message>
        <source>Scans are now checked with the venue hub {hub}.</source>
        <translation>Les scans sont désormais vérifiés avec le hub du lieu {hub}.</translation>
    </message>
    <message>
        <source>NOT A TICKET</source>
        <translation>PAS UN BILLET</translation>
    </message>
    <message>
        <source>This is a venue hub&apos;s pairing code, but it cannot be read in full. Show the hub&apos;s screen again, or pair from the Station menu.</source>
        <translation>C&apos;est un code d&apos;appairage d&apos;un hub du lieu, mais il ne peut pas être lu en entier. Montrez à nouveau l&apos;écran du hub ou appairez depuis le menu Poste.</translation>
    </message>
    <message>
        <source>ALREADY PAIRED</source>
        <translation>DÉJÀ APPAIRÉ</translation>
    </message>
    <message>
        <source>This door is already paired with this venue hub.</source>
        <translation>Cette entrée est déjà appairée avec ce hub du lieu.</translation>
    </message>
    <message>
        <source>This door will decide alone again and sync with Wix itself (if it has the Wix key). Other doors no longer hear of its scans at once.</source>
        <translation>Cette entrée décidera de nouveau seule et se synchronisera elle-même avec Wix (si elle a la clé Wix). Les autres entrées n&apos;apprendront plus ses scans immédiatement.</translation>
    </message>
    <message numerus="yes">
        <source>It keeps %n admissions the hub has not yet confirmed as sent to Wix; the next hub this door pairs with takes them over.</source>
        <translation>
            <numerusform>Elle garde %n admission que le hub n&apos;a pas encore confirmée comme envoyée à Wix ; le prochain hub avec lequel cette entrée s&apos;appaire la reprendra.</numerusform>
            <numerusform>Elle garde %n admissions que le hub n&apos;a pas encore confirmées comme envoyées à Wix ; le prochain hub avec lequel cette entrée s&apos;appaire les reprendra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the venue hub</source>
        <translation>Quitter le hub du lieu</translation>
    </message>
    <message>
        <source>Leave the hub</source>
        <translation>Quitter le hub</translation>
    </message>
    <message>
        <source>LEFT THE HUB</source>
        <translation>HUB QUITTÉ</translation>
    </message>
    <message>
        <source>This door decides alone again.</source>
        <translation>Cette entrée décide de nouveau seule.</translation>
    </message>
    <message>
        <source>NOT LEFT</source>
        <translation>PAS QUITTÉ</translation>
    </message>
</context>
<context>
    <name>HubPairDialog</name>
    <message>
        <source>Pair with the venue hub</source>
        <translation>Appairer avec le hub du lieu</translation>
    </message>
    <message>
        <source>This door will check every scan with the venue hub, so a guest admitted at one door is refused at the others.</source>
        <translation>Cette entrée vérifiera chaque scan avec le hub du lieu : un invité admis à une entrée est refusé aux autres.</translation>
    </message>
    <message>
        <source>Venue hubs on this network</source>
        <translation>Hubs du lieu sur ce réseau</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>&amp;Chercher à nouveau</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Appairer</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Adresse du hub :</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Code d&apos;appairage :</translation>
    </message>
    <message>
        <source>Venue hubs on this network:</source>
        <translation>Hubs du lieu sur ce réseau :</translation>
    </message>
    <message>
        <source>The code is shown on the hub&apos;s screen (it changes every 15 minutes).</source>
        <translation>Le code est affiché sur l&apos;écran du hub (il change toutes les 15 minutes).</translation>
    </message>
    <message>
        <source>Looking for venue hubs…</source>
        <translation>Recherche des hubs du lieu…</translation>
    </message>
    <message>
        <source>No hub answered on this network. Type the address the hub shows, or search again.</source>
        <translation>Aucun hub n&apos;a répondu sur ce réseau. Saisissez l&apos;adresse affichée par le hub, ou cherchez à nouveau.</translation>
    </message>
    <message>
        <source>Choose the hub, then type its code.</source>
        <translation>Choisissez le hub, puis saisissez son code.</translation>
    </message>
    <message>
        <source>Cannot look for hubs here ({reason}). Type the hub&apos;s address.</source>
        <translation>Impossible de chercher des hubs ici ({reason}). Saisissez l&apos;adresse du hub.</translation>
    </message>
    <message>
        <source>The camera read a venue hub&apos;s pairing code. Pair this door with the hub at {url}?</source>
        <translation>La caméra a lu le code d&apos;appairage d&apos;un hub du lieu. Appairer cette entrée avec le hub à {url} ?</translation>
    </message>
    <message>
        <source>Address and code from the QR code.</source>
        <translation>Adresse et code tirés du QR code.</translation>
    </message>
    <message>
        <source>Give the hub&apos;s address and the code it shows.</source>
        <translation>Indiquez l&apos;adresse du hub et le code qu&apos;il affiche.</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>Appairage…</translation>
    </message>
</context>
<context>
    <name>HubSwitch</name>
    <message>
        <source>This laptop is the &amp;venue hub</source>
        <translation>Cet ordinateur est le &amp;hub du lieu</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Hub du lieu</translation>
    </message>
    <message>
        <source>The hub cannot start: {reason}</source>
        <translation>Le hub ne peut pas démarrer&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>HubWindow</name>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Hub du lieu</translation>
    </message>
    <message>
        <source>Revoke the selected door</source>
        <translation>Révoquer la porte sélectionnée</translation>
    </message>
    <message>
        <source>New pairing code</source>
        <translation>Nouveau code d&apos;appairage</translation>
    </message>
    <message>
        <source>Pairing code — on each door: show this QR code to its camera, or Station ▸ Pair with the venue hub…</source>
        <translation>Code d&apos;appairage — à chaque entrée : montrez ce QR code à sa caméra, ou Poste ▸ Appairer avec le hub du lieu…</translation>
    </message>
    <message>
        <source>Hub address: {url}</source>
        <translation>Adresse du hub&#xa0;: {url}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>appairée</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
</context>
<context>
    <name>LockIndicator</name>
    <message>
        <source>locks in {n} s</source>
        <translation>verrouillage dans {n} s</translation>
    </message>
    <message>
        <source>locks in {n} min</source>
        <translation>verrouillage dans {n} min</translation>
    </message>
    <message>
        <source>Door mode</source>
        <translation>Mode porte</translation>
    </message>
    <message>
        <source>Overrides, settings and organizer views need the PIN.</source>
        <translation>Exceptions, réglages et vues organisateur demandent le code.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Stays unlocked until you lock it.</source>
        <translation>Reste déverrouillé jusqu&apos;à ce que vous verrouilliez.</translation>
    </message>
    <message>
        <source>Door mode locks again at {time} unless a supervisor does something before; it also locks when the computer wakes from sleep.</source>
        <translation>Le mode porte se verrouille à nouveau à {time} si aucun superviseur n&apos;agit d&apos;ici là&#xa0;; il se verrouille aussi quand l&apos;ordinateur sort de veille.</translation>
    </message>
    <message>
        <source>locked after no supervisor activity</source>
        <translation>verrouillé faute d&apos;activité du superviseur</translation>
    </message>
    <message>
        <source>locked when the computer woke up</source>
        <translation>verrouillé au réveil de l&apos;ordinateur</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>No Wix site id: pass --site-id, set {variable}, or save it in the settings.</source>
        <translation>Pas d&apos;ID de site Wix&#xa0;: indiquez --site-id, définissez {variable} ou enregistrez-le dans les réglages.</translation>
    </message>
    <message>
        <source>No API key for site {site}: set {variable} or store the key in the app&apos;s settings (kept in the system keyring).</source>
        <translation>Pas de clé API pour le site {site}&#xa0;: définissez {variable} ou enregistrez la clé dans les réglages de l&apos;app (dans le trousseau du système).</translation>
    </message>
    <message>
        <source>Cannot connect to Wix: {error}.</source>
        <translation>Connexion à Wix impossible&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Cannot use the API key: {error}.</source>
        <translation>Clé API inutilisable&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Wix rejected the API key (401): enter a valid key to resume sending.</source>
        <translation>Wix a refusé la clé API (401)&#xa0;: saisissez une clé valide pour reprendre les envois.</translation>
    </message>
    <message>
        <source>Wix says the Wix Events app is not installed on this site (428): install it, then re-enter the key to resume.</source>
        <translation>Selon Wix, l&apos;app Wix Events n&apos;est pas installée sur ce site (428)&#xa0;: installez-la, puis saisissez à nouveau la clé.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this on this site (403): check the key&apos;s permissions and the site id, then re-enter the key to resume.</source>
        <translation>La clé API n&apos;a pas le droit de faire cela sur ce site (403)&#xa0;: vérifiez ses autorisations et l&apos;ID du site, puis saisissez à nouveau la clé.</translation>
    </message>
    <message>
        <source>Wix refused this call</source>
        <translation>Wix a refusé cet appel</translation>
    </message>
    <message>
        <source>Wix refused: {detail}</source>
        <translation>Refusé par Wix&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The queued call names no valid ticket or order number</source>
        <translation>L&apos;appel en attente ne donne aucun numéro de billet ou de commande valide</translation>
    </message>
    <message>
        <source>Wix sent a list that does not add up: {detail}.</source>
        <translation>Wix a envoyé une liste incohérente&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>Refused a reply from Wix: {detail}.</source>
        <translation>Réponse de Wix refusée&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>Refused a reply from Wix: {detail}; retrying in {seconds} s.</source>
        <translation>Réponse de Wix refusée&#xa0;: {detail}&#xa0;; nouvel essai dans {seconds} s.</translation>
    </message>
    <message>
        <source>Offline: cannot reach Wix ({detail}). Nothing queued is lost.</source>
        <translation>Hors ligne&#xa0;: Wix est injoignable ({detail}). Rien de ce qui est en attente n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Offline: cannot reach Wix ({detail}); retrying in {seconds} s. Nothing queued is lost.</source>
        <translation>Hors ligne&#xa0;: Wix est injoignable ({detail})&#xa0;; nouvel essai dans {seconds} s. Rien de ce qui est en attente n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Wix asked to slow down (too many requests). Nothing queued is lost.</source>
        <translation>Wix demande de ralentir (trop de requêtes). Rien de ce qui est en attente n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Wix asked to slow down (too many requests); retrying in {seconds} s. Nothing queued is lost.</source>
        <translation>Wix demande de ralentir (trop de requêtes)&#xa0;; nouvel essai dans {seconds} s. Rien de ce qui est en attente n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Wix is having trouble ({status} {code}).</source>
        <translation>Wix a des difficultés ({status} {code}).</translation>
    </message>
    <message>
        <source>Wix is having trouble ({status} {code}); retrying in {seconds} s.</source>
        <translation>Wix a des difficultés ({status} {code})&#xa0;; nouvel essai dans {seconds} s.</translation>
    </message>
    <message>
        <source>Wix does not know this: {detail}.</source>
        <translation>Wix ne connaît pas ceci&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>Event {event} was not found on Wix.</source>
        <translation>L&apos;événement {event} est introuvable sur Wix.</translation>
    </message>
    <message>
        <source>Wix sent no result for this ticket</source>
        <translation>Wix n&apos;a renvoyé aucun résultat pour ce billet</translation>
    </message>
    <message>
        <source>{action} needs the network, and Wix cannot be reached right now. Nothing was lost: try again when the connection is back.</source>
        <translation>{action}&#xa0;: il faut le réseau, et Wix est injoignable pour l&apos;instant. Rien n&apos;est perdu&#xa0;: réessayez quand la connexion reviendra.</translation>
    </message>
    <message>
        <source>{action} failed: Wix is busy or had a problem ({detail}). Try again.</source>
        <translation>{action}&#xa0;: échec, Wix est occupé ou a eu un problème ({detail}). Réessayez.</translation>
    </message>
    <message>
        <source>Wix did not accept the API key. Check the key in Settings.</source>
        <translation>Wix n&apos;a pas accepté la clé API. Vérifiez-la dans les réglages.</translation>
    </message>
    <message>
        <source>{action} is not allowed with this API key ({detail}). Give the key the Wix Events permissions it needs.</source>
        <translation>{action}&#xa0;: non autorisé avec cette clé API ({detail}). Donnez à la clé les autorisations Wix Events nécessaires.</translation>
    </message>
    <message>
        <source>{action} was refused by Wix. {details}</source>
        <translation>{action}&#xa0;: refusé par Wix. {details}</translation>
    </message>
    <message>
        <source>{action} failed: Wix does not know it ({detail}).</source>
        <translation>{action}&#xa0;: échec, Wix ne le connaît pas ({detail}).</translation>
    </message>
    <message>
        <source>{action} was refused by Wix: {detail}</source>
        <translation>{action}&#xa0;: refusé par Wix&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Adding the policy</source>
        <translation>Ajout de la politique</translation>
    </message>
    <message>
        <source>Adding the question</source>
        <translation>Ajout de la question</translation>
    </message>
    <message>
        <source>Adding the schedule item</source>
        <translation>Ajout de l&apos;élément du programme</translation>
    </message>
    <message>
        <source>Adding the staff member</source>
        <translation>Ajout du membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Adding the ticket type</source>
        <translation>Ajout du type de billet</translation>
    </message>
    <message>
        <source>Cancelling the reservation</source>
        <translation>Annulation de la réservation</translation>
    </message>
    <message>
        <source>Checking out</source>
        <translation>Validation de la commande</translation>
    </message>
    <message>
        <source>Checking the order</source>
        <translation>Vérification de la commande</translation>
    </message>
    <message>
        <source>Checking the payment</source>
        <translation>Vérification du paiement</translation>
    </message>
    <message>
        <source>Checking the reservation</source>
        <translation>Vérification de la réservation</translation>
    </message>
    <message>
        <source>Confirming the payment</source>
        <translation>Confirmation du paiement</translation>
    </message>
    <message>
        <source>Copying the event</source>
        <translation>Copie de l&apos;événement</translation>
    </message>
    <message>
        <source>Creating the categories</source>
        <translation>Création des catégories</translation>
    </message>
    <message>
        <source>Creating the category</source>
        <translation>Création de la catégorie</translation>
    </message>
    <message>
        <source>Creating the event</source>
        <translation>Création de l&apos;événement</translation>
    </message>
    <message>
        <source>Deleting the policy</source>
        <translation>Suppression de la politique</translation>
    </message>
    <message>
        <source>Deleting the question</source>
        <translation>Suppression de la question</translation>
    </message>
    <message>
        <source>Deleting the schedule item</source>
        <translation>Suppression de l&apos;élément du programme</translation>
    </message>
    <message>
        <source>Deleting the ticket type</source>
        <translation>Suppression du type de billet</translation>
    </message>
    <message>
        <source>Fetching the new tickets</source>
        <translation>Récupération des nouveaux billets</translation>
    </message>
    <message>
        <source>Looking for the order</source>
        <translation>Recherche de la commande</translation>
    </message>
    <message>
        <source>Moving the policy</source>
        <translation>Déplacement de la politique</translation>
    </message>
    <message>
        <source>Pausing the access</source>
        <translation>Suspension de l&apos;accès</translation>
    </message>
    <message>
        <source>Publishing the event</source>
        <translation>Publication de l&apos;événement</translation>
    </message>
    <message>
        <source>Publishing the schedule</source>
        <translation>Publication du programme</translation>
    </message>
    <message>
        <source>Putting the event in the category</source>
        <translation>Ajout de l&apos;événement à la catégorie</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>Lecture de l&apos;événement</translation>
    </message>
    <message>
        <source>Reading the order</source>
        <translation>Lecture de la commande</translation>
    </message>
    <message>
        <source>Reading the policies</source>
        <translation>Lecture des politiques</translation>
    </message>
    <message>
        <source>Reading the policy</source>
        <translation>Lecture de la politique</translation>
    </message>
    <message>
        <source>Reading the registration form</source>
        <translation>Lecture du formulaire d&apos;inscription</translation>
    </message>
    <message>
        <source>Reading the schedule</source>
        <translation>Lecture du programme</translation>
    </message>
    <message>
        <source>Reading the staff member</source>
        <translation>Lecture du membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Reading the staff members</source>
        <translation>Lecture de l&apos;équipe</translation>
    </message>
    <message>
        <source>Reading the ticket type</source>
        <translation>Lecture du type de billet</translation>
    </message>
    <message>
        <source>Reading the ticket types</source>
        <translation>Lecture des types de billet</translation>
    </message>
    <message>
        <source>Refreshing the sales figures</source>
        <translation>Actualisation des chiffres de vente</translation>
    </message>
    <message>
        <source>Removing the staff member</source>
        <translation>Retrait du membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Reserving the tickets</source>
        <translation>Réservation des billets</translation>
    </message>
    <message>
        <source>Resuming the access</source>
        <translation>Rétablissement de l&apos;accès</translation>
    </message>
    <message>
        <source>Saving the permissions</source>
        <translation>Enregistrement des autorisations</translation>
    </message>
    <message>
        <source>Saving the policy</source>
        <translation>Enregistrement de la politique</translation>
    </message>
    <message>
        <source>Saving the question</source>
        <translation>Enregistrement de la question</translation>
    </message>
    <message>
        <source>Saving the schedule item</source>
        <translation>Enregistrement de l&apos;élément du programme</translation>
    </message>
    <message>
        <source>Saving the ticket type</source>
        <translation>Enregistrement du type de billet</translation>
    </message>
    <message>
        <source>Turning on the schedule</source>
        <translation>Activation du programme</translation>
    </message>
    <message>
        <source>No events are cached yet: run `checkin-app sync` first.</source>
        <translation>Aucun événement en copie locale&#xa0;: lancez d&apos;abord `checkin-app sync`.</translation>
    </message>
    <message>
        <source>Event {event} is not in the local cache; run sync.</source>
        <translation>L&apos;événement {event} n&apos;est pas dans la copie locale&#xa0;; synchronisez.</translation>
    </message>
    <message>
        <source>That is not a ticket code; nothing to admit.</source>
        <translation>Ce n&apos;est pas un code de billet&#xa0;; personne à faire entrer.</translation>
    </message>
    <message>
        <source>No payment is due for this ticket ({reason}).</source>
        <translation>Aucun paiement n&apos;est dû pour ce billet ({reason}).</translation>
    </message>
    <message>
        <source>Ticket {ticket} is not checked in.</source>
        <translation>Le billet {ticket} n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>The guest list has never been downloaded on this station.</source>
        <translation>La liste des invités n&apos;a jamais été téléchargée sur ce poste.</translation>
    </message>
    <message>
        <source>{count} checked in</source>
        <translation>{count} entrés</translation>
    </message>
    <message>
        <source>{count} not admitted</source>
        <translation>{count} non admis</translation>
    </message>
    <message>
        <source>Event {event} is not on this station.</source>
        <translation>L&apos;événement {event} n&apos;est pas sur ce poste.</translation>
    </message>
    <message>
        <source>{count} check-in(s) for {event} are not yet sent to Wix: sync first, then forget (nothing was changed).</source>
        <translation>{count} entrée(s) pour {event} ne sont pas encore envoyées à Wix&#xa0;: synchronisez d&apos;abord, puis oubliez (rien n&apos;a été modifié).</translation>
    </message>
    <message>
        <source>Cannot write {file}: it is a folder.</source>
        <translation>Impossible d&apos;écrire {file}&#xa0;: c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot write {file}: the folder {folder} does not exist.</source>
        <translation>Impossible d&apos;écrire {file}&#xa0;: le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}.</source>
        <translation>Impossible d&apos;écrire {file}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Cannot save {file}: {error}.</source>
        <translation>Impossible d&apos;enregistrer {file}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>That sale is not on this station.</source>
        <translation>Cette vente n&apos;est pas sur ce poste.</translation>
    </message>
    <message>
        <source>Wix did not mark the order paid (it is {status}). Try again.</source>
        <translation>Wix n&apos;a pas marqué la commande comme payée (état&#xa0;: {status}). Réessayez.</translation>
    </message>
    <message>
        <source>Wix says the order is {status}.</source>
        <translation>Selon Wix, la commande est {status}.</translation>
    </message>
    <message>
        <source>The cash was taken for this sale: finish it (Retry) instead of cancelling.</source>
        <translation>L&apos;argent de cette vente a été encaissé&#xa0;: terminez-la (Réessayer) au lieu de l&apos;annuler.</translation>
    </message>
    <message>
        <source>Wix&apos;s answer to the reservation was lost; any held tickets return to stock when the hold expires.</source>
        <translation>La réponse de Wix à la réservation a été perdue&#xa0;; les billets réservés reviennent en vente à l&apos;expiration de la réservation.</translation>
    </message>
    <message>
        <source>Cancelled before Wix held tickets.</source>
        <translation>Annulée avant que Wix ne réserve des billets.</translation>
    </message>
    <message>
        <source>Wix no longer holds it.</source>
        <translation>Wix ne la garde plus.</translation>
    </message>
    <message>
        <source>Wix has not confirmed the hold on these tickets.</source>
        <translation>Wix n&apos;a pas confirmé la réservation de ces billets.</translation>
    </message>
    <message>
        <source>This sale was cancelled; start a new one.</source>
        <translation>Cette vente a été annulée&#xa0;; commencez-en une autre.</translation>
    </message>
    <message>
        <source>The hold on these tickets expired; start a new sale.</source>
        <translation>La réservation de ces billets a expiré&#xa0;; commencez une nouvelle vente.</translation>
    </message>
    <message>
        <source>This sale did not go through; start a new one.</source>
        <translation>Cette vente n&apos;a pas abouti&#xa0;; commencez-en une autre.</translation>
    </message>
    <message>
        <source>The sale is {state}.</source>
        <translation>La vente est {state}.</translation>
    </message>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation>Une quantité ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Pick at least one ticket.</source>
        <translation>Choisissez au moins un billet.</translation>
    </message>
    <message>
        <source>At most {count} tickets per order for this event.</source>
        <translation>Au plus {count} billets par commande pour cet événement.</translation>
    </message>
    <message>
        <source>That ticket type is not on sale here; refresh the list.</source>
        <translation>Ce type de billet n&apos;est pas en vente ici&#xa0;; actualisez la liste.</translation>
    </message>
    <message>
        <source>“{ticket}” is sold out.</source>
        <translation>«&#xa0;{ticket}&#xa0;» est épuisé.</translation>
    </message>
    <message>
        <source>“{ticket}” is not on sale now.</source>
        <translation>«&#xa0;{ticket}&#xa0;» n&apos;est pas en vente en ce moment.</translation>
    </message>
    <message>
        <source>Only {count} “{ticket}” left.</source>
        <translation>Plus que {count} «&#xa0;{ticket}&#xa0;».</translation>
    </message>
    <message>
        <source>{detail} If Wix did hold tickets, they return to stock when the hold expires.</source>
        <translation>{detail} Si Wix a réservé des billets, ils reviennent en vente à l&apos;expiration de la réservation.</translation>
    </message>
    <message>
        <source>The registration form is not complete: 1 answer needs attention (or choose to skip Wix&apos;s form check).</source>
        <translation>Le formulaire d&apos;inscription est incomplet&#xa0;: 1 réponse est à revoir (ou choisissez d&apos;ignorer la vérification du formulaire par Wix).</translation>
    </message>
    <message>
        <source>The registration form is not complete: {count} answers need attention (or choose to skip Wix&apos;s form check).</source>
        <translation>Le formulaire d&apos;inscription est incomplet&#xa0;: {count} réponses sont à revoir (ou choisissez d&apos;ignorer la vérification du formulaire par Wix).</translation>
    </message>
    <message>
        <source>{wanted} guest forms are needed, {filled} filled in</source>
        <translation>{wanted} formulaires d&apos;invité nécessaires, {filled} remplis</translation>
    </message>
    <message>
        <source>is needed</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is longer than 50 letters</source>
        <translation>dépasse 50 lettres</translation>
    </message>
    <message>
        <source>is needed (the tickets are sent there)</source>
        <translation>est obligatoire (les billets y sont envoyés)</translation>
    </message>
    <message>
        <source>does not look like an email address</source>
        <translation>ne ressemble pas à une adresse e-mail</translation>
    </message>
    <message>
        <source>needs an answer</source>
        <translation>attend une réponse</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>ne fait pas partie des choix</translation>
    </message>
    <message>
        <source>is longer than {count} characters</source>
        <translation>dépasse {count} caractères</translation>
    </message>
    <message>
        <source>Please fix the dates: {problems}.</source>
        <translation>Corrigez les dates&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>doit être après le début</translation>
    </message>
    <message>
        <source>date {number} ends before it starts</source>
        <translation>la date {number} finit avant de commencer</translation>
    </message>
    <message>
        <source>Created {kind} event “{event}” ({status}).</source>
        <translation>Événement ({kind}) «&#xa0;{event}&#xa0;» créé ({status}).</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>recurring ({count} dates)</source>
        <translation>récurrent ({count} dates)</translation>
    </message>
    <message>
        <source>Copied to “{event}” ({status}).</source>
        <translation>Copié vers «&#xa0;{event}&#xa0;» ({status}).</translation>
    </message>
    <message>
        <source>Loaded “{event}”.</source>
        <translation>«&#xa0;{event}&#xa0;» chargé.</translation>
    </message>
    <message>
        <source>Added ticket type “{ticket}”: {price}, {count} available.</source>
        <translation>Type de billet «&#xa0;{ticket}&#xa0;» ajouté&#xa0;: {price}, {count} disponibles.</translation>
    </message>
    <message>
        <source>Saved ticket type “{ticket}”: {price}.</source>
        <translation>Type de billet «&#xa0;{ticket}&#xa0;» enregistré&#xa0;: {price}.</translation>
    </message>
    <message>
        <source>Deleted the ticket type.</source>
        <translation>Type de billet supprimé.</translation>
    </message>
    <message>
        <source>Published “{event}” ({status}).</source>
        <translation>«&#xa0;{event}&#xa0;» publié ({status}).</translation>
    </message>
    <message>
        <source>Unknown time zone {zone}.</source>
        <translation>Fuseau horaire inconnu {zone}.</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>fuseau horaire inconnu</translation>
    </message>
    <message>
        <source>The price {price} is not a number.</source>
        <translation>Le prix {price} n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>ne peut pas être négatif</translation>
    </message>
    <message>
        <source>Added the policy “{name}”.</source>
        <translation>Politique «&#xa0;{name}&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <source>Saved the policy “{name}”.</source>
        <translation>Politique «&#xa0;{name}&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Deleted the policy “{name}”.</source>
        <translation>Politique «&#xa0;{name}&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>That policy is no longer on the event.</source>
        <translation>Cette politique ne fait plus partie de l&apos;événement.</translation>
    </message>
    <message>
        <source>“{name}” is already there.</source>
        <translation>«&#xa0;{name}&#xa0;» y est déjà.</translation>
    </message>
    <message>
        <source>Moved “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» déplacée.</translation>
    </message>
    <message>
        <source>Schedule turned on.</source>
        <translation>Programme activé.</translation>
    </message>
    <message>
        <source>Wix did not turn the schedule on.</source>
        <translation>Wix n&apos;a pas activé le programme.</translation>
    </message>
    <message>
        <source>Added “{name}” to the schedule.</source>
        <translation>«&#xa0;{name}&#xa0;» ajouté au programme.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Deleted “{name}” from the schedule.</source>
        <translation>«&#xa0;{name}&#xa0;» supprimé du programme.</translation>
    </message>
    <message>
        <source>The item must end after it starts.</source>
        <translation>L&apos;élément doit finir après avoir commencé.</translation>
    </message>
    <message>
        <source>must be after start</source>
        <translation>doit être après le début</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Choisissez au moins une autorisation.</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>choisissez-en une</translation>
    </message>
    <message>
        <source>Wix allows at most four permissions per staff member.</source>
        <translation>Wix autorise au plus quatre autorisations par membre de l&apos;équipe.</translation>
    </message>
    <message>
        <source>choose at most four</source>
        <translation>quatre au plus</translation>
    </message>
    <message>
        <source>Type at least one category name.</source>
        <translation>Tapez au moins un nom de catégorie.</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>Wix creates at most 10 categories at once.</source>
        <translation>Wix crée au plus 10 catégories à la fois.</translation>
    </message>
    <message>
        <source>too many</source>
        <translation>trop nombreuses</translation>
    </message>
    <message>
        <source>Created the category “{name}”.</source>
        <translation>Catégorie «&#xa0;{name}&#xa0;» créée.</translation>
    </message>
    <message>
        <source>Created {count} categories.</source>
        <translation>{count} catégories créées.</translation>
    </message>
    <message>
        <source>Created {count} categories. Wix refused {refused}.</source>
        <translation>{count} catégories créées. Wix a refusé {refused}.</translation>
    </message>
    <message>
        <source>The event is in the category.</source>
        <translation>L&apos;événement est dans la catégorie.</translation>
    </message>
    <message>
        <source>Added {name} ({permissions}).</source>
        <translation>{name} ajouté ({permissions}).</translation>
    </message>
    <message>
        <source>Added {name} ({permissions}). Their login link is ready.</source>
        <translation>{name} ajouté ({permissions}). Son lien de connexion est prêt.</translation>
    </message>
    <message>
        <source>{name} may now: {permissions}.</source>
        <translation>{name} peut maintenant&#xa0;: {permissions}.</translation>
    </message>
    <message>
        <source>Paused {name}&apos;s access.</source>
        <translation>Accès de {name} suspendu.</translation>
    </message>
    <message>
        <source>{name} has access again.</source>
        <translation>{name} a de nouveau accès.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} retiré.</translation>
    </message>
    <message>
        <source>Unknown question type {kind}.</source>
        <translation>Type de question inconnu {kind}.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>Type the question first.</source>
        <translation>Tapez d&apos;abord la question.</translation>
    </message>
    <message>
        <source>The question is longer than {count} characters.</source>
        <translation>La question dépasse {count} caractères.</translation>
    </message>
    <message>
        <source>must be at most {count} characters</source>
        <translation>{count} caractères au plus</translation>
    </message>
    <message>
        <source>This type of question needs at least {count} choices.</source>
        <translation>Ce type de question demande au moins {count} choix.</translation>
    </message>
    <message>
        <source>needs at least {count} choices, separated by commas</source>
        <translation>au moins {count} choix, séparés par des virgules</translation>
    </message>
    <message>
        <source>Name and e-mail are always on Wix&apos;s form; change them in the Wix dashboard.</source>
        <translation>Le nom et l&apos;e-mail figurent toujours dans le formulaire Wix&#xa0;; modifiez-les dans le tableau de bord Wix.</translation>
    </message>
    <message>
        <source>cannot be changed here</source>
        <translation>non modifiable ici</translation>
    </message>
    <message>
        <source>Name and e-mail cannot be removed from Wix&apos;s form.</source>
        <translation>Le nom et l&apos;e-mail ne peuvent pas être retirés du formulaire Wix.</translation>
    </message>
    <message>
        <source>Added the question “{question}” ({count} questions on the form).</source>
        <translation>Question «&#xa0;{question}&#xa0;» ajoutée ({count} questions dans le formulaire).</translation>
    </message>
    <message>
        <source>Saved the question “{question}”.</source>
        <translation>Question «&#xa0;{question}&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Deleted the question “{question}”.</source>
        <translation>Question «&#xa0;{question}&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>{key} does not open this station&apos;s database {file} (it was made with another key); nothing was changed.</source>
        <translation>{key} n&apos;ouvre pas la base de données {file} de ce poste (elle a été créée avec une autre clé)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This station&apos;s guest list is encrypted and its key is not available here (no unlocked keyring entry, no {variable}); nothing was changed. To open it, set {variable2} to this station&apos;s key, or open the app on this computer and unlock the store that keeps it.</source>
        <translation>La liste des invités de ce poste est chiffrée et sa clé n&apos;est pas disponible ici (aucune entrée déverrouillée dans le trousseau, pas de {variable})&#xa0;; rien n&apos;a été modifié. Pour l&apos;ouvrir, donnez à {variable2} la clé de ce poste, ou ouvrez l&apos;app sur cet ordinateur et déverrouillez le coffre qui la garde.</translation>
    </message>
    <message>
        <source>This station&apos;s database {file} (made {date}) is gone: scans not yet sent to Wix may be lost. Put the file back, or run `checkin-app repair` to start a new, empty one.</source>
        <translation>La base de données {file} de ce poste (créée le {date}) a disparu&#xa0;: des scans pas encore envoyés à Wix sont peut-être perdus. Remettez le fichier, ou lancez `checkin-app repair` pour repartir d&apos;une base vide.</translation>
    </message>
    <message>
        <source>No database at {file}: run `checkin-app sync` first to download the guest list.</source>
        <translation>Aucune base de données dans {file}&#xa0;: lancez d&apos;abord `checkin-app sync` pour télécharger la liste des invités.</translation>
    </message>
    <message>
        <source>The database key cannot be read: {error}.</source>
        <translation>Impossible de lire la clé de la base de données&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>A new station keeps its guest list encrypted, and there is no place for its key here (no system keyring): {how}. Nothing was created.</source>
        <translation>Un nouveau poste garde sa liste d&apos;invités chiffrée, et il n&apos;y a ici aucun endroit pour sa clé (pas de trousseau système)&#xa0;: {how}. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Cannot keep the database key: {error}.</source>
        <translation>Impossible de conserver la clé de la base de données&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>This station&apos;s guest list was saved unencrypted by an older version and is encrypted on first start, but there is no place for its key here: {how}. Nothing was changed.</source>
        <translation>La liste des invités de ce poste a été enregistrée en clair par une version antérieure et doit être chiffrée au premier démarrage, mais il n&apos;y a ici aucun endroit pour sa clé&#xa0;: {how}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database {file} cannot be read: it is damaged, or the key is not this station&apos;s. Nothing was changed. {detail}</source>
        <translation>Impossible de lire la base de données {file}&#xa0;: elle est endommagée, ou la clé n&apos;est pas celle de ce poste. Rien n&apos;a été modifié. {detail}</translation>
    </message>
    <message>
        <source>The database {file} is damaged (or not readable with this station&apos;s key); nothing was decided or changed.</source>
        <translation>La base de données {file} est endommagée (ou illisible avec la clé de ce poste)&#xa0;; rien n&apos;a été décidé ni modifié.</translation>
    </message>
    <message>
        <source>The data directory {folder} is read-only.</source>
        <translation>Le dossier de données {folder} est en lecture seule.</translation>
    </message>
    <message>
        <source>The disk holding {file} is full. Free some space and retry.</source>
        <translation>Le disque contenant {file} est plein. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The disk holding {file} is full.</source>
        <translation>Le disque contenant {file} est plein.</translation>
    </message>
    <message>
        <source>Cannot open the database {file} (missing folder or no permission).</source>
        <translation>Impossible d&apos;ouvrir la base de données {file} (dossier manquant ou pas d&apos;autorisation).</translation>
    </message>
    <message>
        <source>The database {file} is busy in another program.</source>
        <translation>La base de données {file} est occupée par un autre programme.</translation>
    </message>
    <message>
        <source>Database error in {file}: {error}</source>
        <translation>Erreur de base de données dans {file}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The database {file} is damaged: scans are not decided until it is salvaged (restart the app, or run `checkin-app repair`).</source>
        <translation>La base de données {file} est endommagée&#xa0;: aucun scan n&apos;est décidé tant qu&apos;elle n&apos;est pas récupérée (redémarrez l&apos;app ou lancez `checkin-app repair`).</translation>
    </message>
    <message>
        <source>The database {file} was written by a newer checkin-app; update the app.</source>
        <translation>La base de données {file} a été écrite par une version plus récente de checkin-app&#xa0;; mettez l&apos;app à jour.</translation>
    </message>
    <message>
        <source>Cannot create the data directory {folder}: {error}.</source>
        <translation>Impossible de créer le dossier de données {folder}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Encrypting {file} did not copy every row; the plain file is kept.</source>
        <translation>Le chiffrement de {file} n&apos;a pas copié toutes les lignes&#xa0;; le fichier en clair est conservé.</translation>
    </message>
    <message>
        <source>The database {file} is in use by another program; close it and start again.</source>
        <translation>La base de données {file} est utilisée par un autre programme&#xa0;; fermez-le et relancez.</translation>
    </message>
    <message>
        <source>Could not encrypt the database {file}: {error}.</source>
        <translation>Impossible de chiffrer la base de données {file}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The encrypted copy of {file} did not verify; nothing changed.</source>
        <translation>La copie chiffrée de {file} n&apos;a pas passé la vérification&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No passphrase store at {file}.</source>
        <translation>Aucun coffre à phrase secrète dans {file}.</translation>
    </message>
    <message>
        <source>Cannot use the passphrase store {file}: {error}.</source>
        <translation>Coffre à phrase secrète {file} inutilisable&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>That passphrase does not open the stored secrets.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas les secrets enregistrés.</translation>
    </message>
    <message>
        <source>the passphrase needs at least {count} characters</source>
        <translation>la phrase secrète doit compter au moins {count} caractères</translation>
    </message>
    <message>
        <source>there is no passphrase store yet on this computer</source>
        <translation>il n&apos;y a pas encore de coffre à phrase secrète sur cet ordinateur</translation>
    </message>
    <message>
        <source>cannot save in the system keyring ({error})</source>
        <translation>impossible d&apos;enregistrer dans le trousseau du système ({error})</translation>
    </message>
    <message>
        <source>cannot reach the system keyring ({error})</source>
        <translation>trousseau du système injoignable ({error})</translation>
    </message>
    <message>
        <source>the {what} is empty</source>
        <translation>{what}&#xa0;: vide</translation>
    </message>
    <message>
        <source>the {what} contains a line break or another control character inside it; copy it again as one line</source>
        <translation>{what}&#xa0;: contient un saut de ligne ou un autre caractère de contrôle&#xa0;; recopiez-le sur une seule ligne</translation>
    </message>
    <message>
        <source>No camera found at index {index}: check that it is plugged in and not used by another program, or choose another camera.</source>
        <translation>Aucune caméra au numéro {index}&#xa0;: vérifiez qu&apos;elle est branchée et qu&apos;aucun autre programme ne l&apos;utilise, ou choisissez une autre caméra.</translation>
    </message>
    <message>
        <source>Camera {index} was disconnected and did not come back.</source>
        <translation>La caméra {index} a été débranchée et n&apos;est pas revenue.</translation>
    </message>
    <message>
        <source>No such video file: {file}</source>
        <translation>Fichier vidéo introuvable&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Cannot read {file}: not a video this app can decode.</source>
        <translation>Impossible de lire {file}&#xa0;: ce n&apos;est pas une vidéo que cette app sait lire.</translation>
    </message>
    <message>
        <source>No images found in {folder}</source>
        <translation>Aucune image dans {folder}</translation>
    </message>
    <message>
        <source>Cannot read {file}: the video has no readable frames.</source>
        <translation>Impossible de lire {file}&#xa0;: la vidéo n&apos;a aucune image lisible.</translation>
    </message>
    <message>
        <source>None of the images could be read.</source>
        <translation>Aucune des images n&apos;a pu être lue.</translation>
    </message>
    <message>
        <source>No such file or folder: {file}</source>
        <translation>Fichier ou dossier introuvable&#xa0;: {file}</translation>
    </message>
    <message>
        <source>No camera, file or folder called {name}: give a camera number (0), a video or image file, a folder of images, or &apos;demo&apos;.</source>
        <translation>Aucune caméra, aucun fichier ni dossier nommé {name}&#xa0;: indiquez un numéro de caméra (0), une vidéo ou une image, un dossier d&apos;images, ou &apos;demo&apos;.</translation>
    </message>
    <message>
        <source>The hub address must be https://host:port, not {url}.</source>
        <translation>L&apos;adresse du hub doit être https://hôte:port, pas {url}.</translation>
    </message>
    <message>
        <source>Cannot reach the hub at {url} ({error}).</source>
        <translation>Impossible de joindre le hub à {url} ({error}).</translation>
    </message>
    <message>
        <source>The hub presented no certificate.</source>
        <translation>Le hub n&apos;a présenté aucun certificat.</translation>
    </message>
    <message>
        <source>The device at {url} is not the hub that was chosen (its certificate differs): another device may be posing as the hub. Nothing was paired.</source>
        <translation>L&apos;appareil à {url} n&apos;est pas le hub choisi (son certificat diffère) : un autre appareil se fait peut-être passer pour le hub. Rien n&apos;a été appairé.</translation>
    </message>
    <message>
        <source>The hub stopped answering ({error}).</source>
        <translation>Le hub a cessé de répondre ({error}).</translation>
    </message>
    <message>
        <source>The hub at {url} sent an answer that is not JSON ({status}).</source>
        <translation>Le hub à {url} a envoyé une réponse qui n&apos;est pas du JSON ({status}).</translation>
    </message>
    <message>
        <source>Too many pairing attempts: wait a minute, or ask for a new code.</source>
        <translation>Trop de tentatives d&apos;appairage : attendez une minute ou demandez un nouveau code.</translation>
    </message>
    <message>
        <source>The hub refused to pair ({status}).</source>
        <translation>Le hub a refusé l&apos;appairage ({status}).</translation>
    </message>
    <message>
        <source>The hub&apos;s pairing answer is incomplete.</source>
        <translation>La réponse d&apos;appairage du hub est incomplète.</translation>
    </message>
    <message>
        <source>The hub could not prove it knows the code: another device may be posing as the hub on this network. Nothing was paired.</source>
        <translation>Le hub n&apos;a pas pu prouver qu&apos;il connaît le code : un autre appareil de ce réseau se fait peut-être passer pour le hub. Rien n&apos;a été appairé.</translation>
    </message>
    <message>
        <source>Wrong or expired pairing code (or the connection to the hub is being intercepted).</source>
        <translation>Code d&apos;appairage erroné ou expiré (ou la connexion au hub est interceptée).</translation>
    </message>
    <message>
        <source>Give the hub&apos;s address (https://host:port) or choose a hub.</source>
        <translation>Indiquez l&apos;adresse du hub (https://hôte:port) ou choisissez un hub.</translation>
    </message>
    <message>
        <source>The pairing could not be kept in this computer&apos;s secret store.</source>
        <translation>L&apos;appairage n&apos;a pas pu être conservé dans le coffre à secrets de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This panel could not be opened: {error}</source>
        <translation>Impossible d&apos;ouvrir cette vue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Organizer — {station}</source>
        <translation>Organisateur — {station}</translation>
    </message>
    <message>
        <source>Organizer views</source>
        <translation>Vues de l&apos;organisateur</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>What Wix answers appears here.</source>
        <translation>Les réponses de Wix apparaissent ici.</translation>
    </message>
    <message>
        <source>What Wix answered</source>
        <translation>Réponse de Wix</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>started</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {error}</source>
        <translation>Un problème inattendu est survenu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Event setup</source>
        <translation>Préparer l&apos;événement</translation>
    </message>
    <message>
        <source>Walk-up sales</source>
        <translation>Vente sur place</translation>
    </message>
    <message>
        <source>Live stats</source>
        <translation>Chiffres en direct</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Free ticket</source>
        <translation>Billet gratuit</translation>
    </message>
    <message>
        <source>Admitted with a warning: paid, but the payment gateway suspended the payment</source>
        <translation>Admis avec un avertissement&#xa0;: payé, mais la passerelle de paiement a suspendu le paiement</translation>
    </message>
    <message>
        <source>Payment suspended by the payment gateway: not admitted (organizer&apos;s setting)</source>
        <translation>Paiement suspendu par la passerelle de paiement&#xa0;: non admis (réglage de l&apos;organisateur)</translation>
    </message>
    <message>
        <source>Admitted with a warning: card authorised, not yet charged (can still be voided)</source>
        <translation>Admis avec un avertissement&#xa0;: carte autorisée, pas encore débitée (peut encore être annulée)</translation>
    </message>
    <message>
        <source>Card only authorised, not charged: not admitted (organizer&apos;s setting)</source>
        <translation>Carte seulement autorisée, non débitée&#xa0;: non admis (réglage de l&apos;organisateur)</translation>
    </message>
    <message>
        <source>Pay at door</source>
        <translation>Paiement à l&apos;entrée</translation>
    </message>
    <message>
        <source>Not paid online</source>
        <translation>Non payé en ligne</translation>
    </message>
    <message>
        <source>Order only partly paid</source>
        <translation>Commande payée en partie seulement</translation>
    </message>
    <message>
        <source>Order canceled</source>
        <translation>Commande annulée</translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation>Paiement refusé</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>Paiement annulé</translation>
    </message>
    <message>
        <source>Order status unknown</source>
        <translation>État de la commande inconnu</translation>
    </message>
    <message>
        <source>Archived by the organizer (hidden from Wix&apos;s order list, not canceled)</source>
        <translation>Archivé par l&apos;organisateur (masqué dans la liste des commandes Wix, pas annulé)</translation>
    </message>
    <message>
        <source>Not a ticket for this event</source>
        <translation>Pas un billet pour cet événement</translation>
    </message>
    <message>
        <source>Not a ticket for this event: {event}</source>
        <translation>Pas un billet pour cet événement&#xa0;: {event}</translation>
    </message>
    <message>
        <source>Ticket not on the guest list</source>
        <translation>Billet absent de la liste des invités</translation>
    </message>
    <message>
        <source>Ticket not on the guest list (guest list updated {age})</source>
        <translation>Billet absent de la liste des invités (liste mise à jour {age})</translation>
    </message>
    <message>
        <source>Guest list not downloaded yet — check by name</source>
        <translation>Liste des invités pas encore téléchargée — cherchez par nom</translation>
    </message>
    <message>
        <source>Guest list still downloading ({received} of {total}) — check by name</source>
        <translation>Liste des invités en téléchargement ({received} sur {total}) — cherchez par nom</translation>
    </message>
    <message>
        <source>Ticket no longer on the guest list</source>
        <translation>Billet retiré de la liste des invités</translation>
    </message>
    <message>
        <source>Ticket canceled</source>
        <translation>Billet annulé</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Déjà entré</translation>
    </message>
    <message>
        <source>Already checked in at {station}</source>
        <translation>Déjà entré à {station}</translation>
    </message>
    <message>
        <source>{reason}: collect {money}</source>
        <translation>{reason}&#xa0;: encaisser {money}</translation>
    </message>
    <message>
        <source>Not a ticket code</source>
        <translation>Pas un code de billet</translation>
    </message>
    <message>
        <source>Admitted by supervisor (was: {reason})</source>
        <translation>Admis par le superviseur (avant&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>Payment collected: {money}</source>
        <translation>Paiement encaissé&#xa0;: {money}</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Entrée annulée</translation>
    </message>
    <message>
        <source>No longer on the guest list</source>
        <translation>Retiré de la liste des invités</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>Commande {number}</translation>
    </message>
    <message>
        <source>Paid {time}</source>
        <translation>Payé le {time}</translation>
    </message>
    <message>
        <source>Buyer: {name}</source>
        <translation>Acheteur&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Total&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Free tickets: nothing to pay</source>
        <translation>Billets gratuits&#xa0;: rien à payer</translation>
    </message>
    <message>
        <source>Paid by cash</source>
        <translation>Payé en espèces</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Payé par carte</translation>
    </message>
    <message>
        <source>Ticket {number} ({type})</source>
        <translation>Billet {number} ({type})</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>Poste&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>RecentScans</name>
    <message>
        <source>Admitted</source>
        <translation>Admis</translation>
    </message>
    <message>
        <source>Already in</source>
        <translation>Déjà entré</translation>
    </message>
    <message>
        <source>Not on list</source>
        <translation>Hors liste</translation>
    </message>
    <message>
        <source>Wrong event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>Paiement dû</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Non payé</translation>
    </message>
    <message>
        <source>Not a ticket</source>
        <translation>Pas un billet</translation>
    </message>
    <message>
        <source>List still loading</source>
        <translation>Liste en chargement</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>{reason} — {station}</source>
        <translation>{reason} — {station}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>(supervisor)</source>
        <translation>(superviseur)</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>&amp;Annuler l&apos;entrée</translation>
    </message>
    <message>
        <source>&amp;Collect payment and admit</source>
        <translation>&amp;Encaisser et laisser entrer</translation>
    </message>
    <message>
        <source>&amp;Admit anyway (supervisor)</source>
        <translation>&amp;Forcer l&apos;entrée (superviseur)</translation>
    </message>
    <message>
        <source>&amp;Next guest</source>
        <translation>Invité &amp;suivant</translation>
    </message>
    <message>
        <source>Time until the card clears</source>
        <translation>Temps avant l&apos;effacement de la carte</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Show the ticket&apos;s QR code to the camera</source>
        <translation>Présentez le code QR du billet à la caméra</translation>
    </message>
    <message>
        <source>or scan it, or search the guest list</source>
        <translation>ou scannez-le, ou cherchez dans la liste</translation>
    </message>
    <message>
        <source>Ready for the next guest</source>
        <translation>Prêt pour l&apos;invité suivant</translation>
    </message>
    <message>
        <source>Result: {headline}</source>
        <translation>Résultat&#xa0;: {headline}</translation>
    </message>
    <message>
        <source>ADMIT (supervisor)</source>
        <translation>ADMIS (superviseur)</translation>
    </message>
    <message>
        <source>ADMIT</source>
        <translation>ADMIS</translation>
    </message>
    <message>
        <source>ALREADY IN</source>
        <translation>DÉJÀ ENTRÉ</translation>
    </message>
    <message>
        <source>PAYMENT DUE</source>
        <translation>PAIEMENT DÛ</translation>
    </message>
    <message>
        <source>NOT ON THE LIST</source>
        <translation>PAS SUR LA LISTE</translation>
    </message>
    <message>
        <source>WRONG EVENT</source>
        <translation>AUTRE ÉVÉNEMENT</translation>
    </message>
    <message>
        <source>CANCELED</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>NOT PAID</source>
        <translation>NON PAYÉ</translation>
    </message>
    <message>
        <source>NOT A TICKET</source>
        <translation>PAS UN BILLET</translation>
    </message>
    <message>
        <source>LIST STILL LOADING</source>
        <translation>LISTE EN CHARGEMENT</translation>
    </message>
    <message>
        <source>Already checked in at {time} at {station}</source>
        <translation>Déjà entré à {time} à {station}</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Déjà entré à {time}</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Déjà entré</translation>
    </message>
    <message>
        <source>This code is not a ticket for any event</source>
        <translation>Ce code n&apos;est un billet pour aucun événement</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <source>New shift</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Count totals from now (e.g. after emptying the till)</source>
        <translation>Compter les totaux à partir de maintenant (par ex. après avoir vidé la caisse)</translation>
    </message>
    <message>
        <source>Choose the event at the door first.</source>
        <translation>Choisissez d&apos;abord l&apos;événement à la porte.</translation>
    </message>
    <message>
        <source>Scan with your phone to pay {amount}</source>
        <translation>Scannez avec votre téléphone pour payer {amount}</translation>
    </message>
    <message numerus="yes">
        <source>This shift: %n tickets, {revenue} · cash in drawer: {cash}</source>
        <translation>
            <numerusform>Ce service&#xa0;: %n billet, {revenue} · espèces en caisse&#xa0;: {cash}</numerusform>
            <numerusform>Ce service&#xa0;: %n billets, {revenue} · espèces en caisse&#xa0;: {cash}</numerusform>
        </translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>as the buyer</source>
        <translation>comme l&apos;acheteur</translation>
    </message>
    <message>
        <source>The tickets are emailed here</source>
        <translation>Les billets sont envoyés ici</translation>
    </message>
    <message>
        <source>Let Wix take the order without the form&apos;s answers</source>
        <translation>Laisser Wix accepter la commande sans les réponses du formulaire</translation>
    </message>
    <message>
        <source>Skip Wix&apos;s form check</source>
        <translation>Ignorer la vérification du formulaire par Wix</translation>
    </message>
    <message>
        <source>Sends the order with ignoreFormValidation; answers can be missing</source>
        <translation>Envoie la commande avec ignoreFormValidation&#xa0;; des réponses peuvent manquer</translation>
    </message>
    <message>
        <source>Wix then accepts the order even when required answers are missing.</source>
        <translation>Wix accepte alors la commande même s&apos;il manque des réponses obligatoires.</translation>
    </message>
    <message>
        <source>Guest {number}</source>
        <translation>Invité {number}</translation>
    </message>
    <message>
        <source>Registration questions</source>
        <translation>Questions d&apos;inscription</translation>
    </message>
    <message>
        <source>Sales need the network, and Wix cannot be reached. The door keeps working: scans are saved and sent later.</source>
        <translation>Les ventes ont besoin du réseau, et Wix est injoignable. La porte continue de fonctionner&#xa0;: les scans sont enregistrés et envoyés plus tard.</translation>
    </message>
    <message>
        <source>Finish or cancel the current sale before switching events.</source>
        <translation>Terminez ou annulez la vente en cours avant de changer d&apos;événement.</translation>
    </message>
    <message>
        <source>Pick how many tickets the guest wants.</source>
        <translation>Choisissez combien de billets l&apos;invité veut.</translation>
    </message>
    <message>
        <source>Holding the tickets…</source>
        <translation>Réservation des billets…</translation>
    </message>
    <message>
        <source>Tickets held. Take the guest&apos;s name and email, then the payment.</source>
        <translation>Billets réservés. Prenez le nom et l&apos;e-mail de l&apos;invité, puis le paiement.</translation>
    </message>
    <message>
        <source>Recording the cash sale…</source>
        <translation>Enregistrement de la vente en espèces…</translation>
    </message>
    <message>
        <source>Making the order for card payment…</source>
        <translation>Création de la commande pour un paiement par carte…</translation>
    </message>
    <message>
        <source>Sold. The tickets are ready to check in.</source>
        <translation>Vendu. Les billets peuvent être validés à l&apos;entrée.</translation>
    </message>
    <message>
        <source>Sale cancelled: the tickets are back on sale.</source>
        <translation>Vente annulée&#xa0;: les billets sont de nouveau en vente.</translation>
    </message>
    <message>
        <source>The hold expired: the tickets are back on sale.</source>
        <translation>La réservation a expiré&#xa0;: les billets sont de nouveau en vente.</translation>
    </message>
    <message>
        <source>The sale did not go through.</source>
        <translation>La vente n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>Let the guest scan the code and pay on their phone.</source>
        <translation>Laissez l&apos;invité scanner le code et payer sur son téléphone.</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n sales left from before.</source>
        <translation>
            <numerusform>%n vente laissée en suspens a été terminée.</numerusform>
            <numerusform>%n ventes laissées en suspens ont été terminées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held for {time}</source>
        <translation>Réservé pour {time}</translation>
    </message>
    <message>
        <source>Paid {amount}</source>
        <translation>Payé {amount}</translation>
    </message>
    <message>
        <source>Cancel or finish this sale first.</source>
        <translation>Annulez ou terminez d&apos;abord cette vente.</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Réservation expirée</translation>
    </message>
    <message>
        <source>Waiting for the payment</source>
        <translation>En attente du paiement</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Did not go through</source>
        <translation>N&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Holding…</source>
        <translation>Réservation…</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>Pas en vente</translation>
    </message>
    <message>
        <source>Tickets on sale</source>
        <translation>Billets en vente</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Type de billet</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restants</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh availability</source>
        <translation>Actualiser la disponibilité</translation>
    </message>
    <message>
        <source>Ask Wix how many tickets of each type are left</source>
        <translation>Demander à Wix combien de billets de chaque type restent</translation>
    </message>
    <message>
        <source>Ask Wix how many tickets are left</source>
        <translation>Demander à Wix combien de billets restent</translation>
    </message>
    <message>
        <source>How many: {ticket}</source>
        <translation>Combien&#xa0;: {ticket}</translation>
    </message>
    <message>
        <source>Hold these tickets</source>
        <translation>Réserver ces billets</translation>
    </message>
    <message>
        <source>Reserve the chosen tickets while the guest decides</source>
        <translation>Réserver les billets choisis pendant que l&apos;invité décide</translation>
    </message>
    <message>
        <source>Cash received: sell</source>
        <translation>Espèces reçues&#xa0;: vendre</translation>
    </message>
    <message>
        <source>Card: show pay code</source>
        <translation>Carte&#xa0;: afficher le code de paiement</translation>
    </message>
    <message>
        <source>Show a code the guest scans to pay by card on their phone</source>
        <translation>Afficher un code que l&apos;invité scanne pour payer par carte sur son téléphone</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Annuler la vente</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ask Wix where this sale stands and finish it</source>
        <translation>Demander à Wix où en est cette vente et la terminer</translation>
    </message>
    <message>
        <source>Payment code</source>
        <translation>Code de paiement</translation>
    </message>
    <message>
        <source>Issue the free tickets</source>
        <translation>Émettre les billets gratuits</translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation>Billets vendus</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Code du billet</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Valider l&apos;entrée maintenant</translation>
    </message>
    <message>
        <source>Save as picture…</source>
        <translation>Enregistrer en image…</translation>
    </message>
    <message>
        <source>Pictures (*.png)</source>
        <translation>Images (*.png)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Next guest</source>
        <translation>Invité suivant</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Save the ticket</source>
        <translation>Enregistrer le billet</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <source>Cannot save {file}: the folder does not exist.</source>
        <translation>Impossible d&apos;enregistrer {file}&#xa0;: le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot save {file}: the file cannot be written.</source>
        <translation>Impossible d&apos;enregistrer {file}&#xa0;: le fichier ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Cannot save {file}: nothing was written.</source>
        <translation>Impossible d&apos;enregistrer {file}&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Where to keep the keys</source>
        <translation>Où garder les clés</translation>
    </message>
    <message>
        <source>This computer has no system keyring (or it is locked). Check-in needs a safe place for the Wix API key and the key that encrypts the guest list.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau système (ou il est verrouillé). Check-in a besoin d&apos;un endroit sûr pour la clé API Wix et la clé qui chiffre la liste des invités.</translation>
    </message>
    <message>
        <source>Unlock the keys saved with a passphrase</source>
        <translation>Déverrouiller les clés enregistrées avec une phrase secrète</translation>
    </message>
    <message>
        <source>Keep them in a file protected by a passphrase (recommended)</source>
        <translation>Les garder dans un fichier protégé par une phrase secrète (recommandé)</translation>
    </message>
    <message>
        <source>Keep them for this session only</source>
        <translation>Les garder pour cette session seulement</translation>
    </message>
    <message>
        <source>Nothing is saved: the API key is asked again next time, and check-ins not yet sent to Wix when the app closes cannot be read again.</source>
        <translation>Rien n&apos;est enregistré&#xa0;: la clé API sera redemandée la prochaine fois, et les entrées pas encore envoyées à Wix à la fermeture de l&apos;app ne pourront plus être lues.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète (encore)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>La phrase secrète doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>That passphrase does not open the saved keys.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas les clés enregistrées.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Station settings</source>
        <translation>Réglages du poste</translation>
    </message>
    <message>
        <source>e.g. Door 2</source>
        <translation>par ex. Porte 2</translation>
    </message>
    <message>
        <source>Saved; type a new one to replace it</source>
        <translation>Enregistrée&#xa0;; tapez-en une nouvelle pour la remplacer</translation>
    </message>
    <message>
        <source>Paste the API key from the Wix API Keys Manager</source>
        <translation>Collez la clé API du gestionnaire de clés API de Wix</translation>
    </message>
    <message>
        <source>Automatic (first camera)</source>
        <translation>Automatique (première caméra)</translation>
    </message>
    <message>
        <source>Camera {n}</source>
        <translation>Caméra {n}</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>Caméra de démo</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Pas de caméra</translation>
    </message>
    <message>
        <source>Play a sound for each scan</source>
        <translation>Un son à chaque scan</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Laisser vide pour garder le code actuel</translation>
    </message>
    <message>
        <source>No PIN: anyone can change settings</source>
        <translation>Pas de code&#xa0;: tout le monde peut modifier les réglages</translation>
    </message>
    <message>
        <source>Remove the PIN (no door mode)</source>
        <translation>Supprimer le code (pas de mode porte)</translation>
    </message>
    <message>
        <source>Admit guests whose payment the gateway suspended (PENDING)</source>
        <translation>Laisser entrer les invités dont le paiement est suspendu par la passerelle (PENDING)</translation>
    </message>
    <message>
        <source>Admit guests whose card is authorised but not charged (AUTHORIZED)</source>
        <translation>Laisser entrer les invités dont la carte est autorisée mais pas débitée (AUTHORIZED)</translation>
    </message>
    <message>
        <source>Admit suspended payments</source>
        <translation>Admettre les paiements suspendus</translation>
    </message>
    <message>
        <source>Admit authorised card payments</source>
        <translation>Admettre les paiements par carte autorisés</translation>
    </message>
    <message>
        <source>Admitted guests get a warning on the card; unticked, they are turned away and a supervisor can still admit them.</source>
        <translation>Les invités admis ont un avertissement sur la carte&#xa0;; si la case est décochée, ils sont refusés et un superviseur peut encore les laisser entrer.</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Clear the result after</source>
        <translation>Effacer le résultat après</translation>
    </message>
    <message>
        <source>Wix connection</source>
        <translation>Connexion Wix</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>ID du site</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Payments Wix is still settling</source>
        <translation>Paiements que Wix règle encore</translation>
    </message>
    <message>
        <source>Supervisor PIN (door mode)</source>
        <translation>Code du superviseur (mode porte)</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Répéter le code</translation>
    </message>
    <message>
        <source> days after the event</source>
        <translation> jours après l&apos;événement</translation>
    </message>
    <message>
        <source>Guest data</source>
        <translation>Données des invités</translation>
    </message>
    <message>
        <source>Forget guest names</source>
        <translation>Oublier les noms des invités</translation>
    </message>
    <message>
        <source>Keys kept in {store}.</source>
        <translation>Clés gardées dans {store}.</translation>
    </message>
    <message>
        <source>What is held, and until when…</source>
        <translation>Ce qui est conservé, et jusqu&apos;à quand…</translation>
    </message>
    <message>
        <source>Could not save the API key: {error}</source>
        <translation>Impossible d&apos;enregistrer la clé API&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Enter the site ID that the API key belongs to.</source>
        <translation>Saisissez l&apos;ID du site auquel appartient la clé API.</translation>
    </message>
    <message>
        <source>The server must start with https://</source>
        <translation>Le serveur doit commencer par https://</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} digits.</source>
        <translation>Le code doit compter au moins {n} chiffres.</translation>
    </message>
    <message>
        <source>The two PINs are different.</source>
        <translation>Les deux codes sont différents.</translation>
    </message>
    <message>
        <source>Resolution looks like 1280x720.</source>
        <translation>La résolution s&apos;écrit comme 1280x720.</translation>
    </message>
    <message>
        <source>Door mode and accessibility</source>
        <translation>Mode porte et accessibilité</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>With a supervisor PIN, door mode locks again after this long without a supervisor action, and whenever the computer wakes from sleep.</source>
        <translation>Avec un code superviseur, le mode porte se verrouille à nouveau après ce délai sans action d&apos;un superviseur, et chaque fois que l&apos;ordinateur sort de veille.</translation>
    </message>
    <message>
        <source>Speak each verdict (e.g. “Admit, Anna Lee, VIP”)</source>
        <translation>Lire chaque verdict à voix haute (par ex. «&#xa0;Admis, Anna Lee, VIP&#xa0;»)</translation>
    </message>
    <message>
        <source>Large text and high contrast</source>
        <translation>Grand texte et contraste élevé</translation>
    </message>
    <message>
        <source>Lock door mode after</source>
        <translation>Verrouiller le mode porte après</translation>
    </message>
    <message>
        <source>Same as this computer ({language})</source>
        <translation>Comme cet ordinateur ({language})</translation>
    </message>
    <message>
        <source>A new language applies the next time Check-in starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Check-in.</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>Event to set up</source>
        <translation>Événement à préparer</translation>
    </message>
    <message>
        <source>Load from Wix</source>
        <translation>Charger depuis Wix</translation>
    </message>
    <message>
        <source>Read the chosen event and its ticket types from Wix</source>
        <translation>Lire depuis Wix l&apos;événement choisi et ses types de billet</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Étapes de préparation</translation>
    </message>
    <message>
        <source>1 Event</source>
        <translation>1 Événement</translation>
    </message>
    <message>
        <source>2 Tickets</source>
        <translation>2 Billets</translation>
    </message>
    <message>
        <source>3 Form</source>
        <translation>3 Formulaire</translation>
    </message>
    <message>
        <source>4 Policies</source>
        <translation>4 Politiques</translation>
    </message>
    <message>
        <source>5 Schedule</source>
        <translation>5 Programme</translation>
    </message>
    <message>
        <source>6 Categories</source>
        <translation>6 Catégories</translation>
    </message>
    <message>
        <source>7 Staff</source>
        <translation>7 Équipe</translation>
    </message>
    <message>
        <source>8 Publish</source>
        <translation>8 Publier</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Événement&#xa0;:</translation>
    </message>
    <message>
        <source>What Wix answered</source>
        <translation>Réponse de Wix</translation>
    </message>
    <message>
        <source>— choose an event —</source>
        <translation>— choisir un événement —</translation>
    </message>
    <message>
        <source>No event chosen: create or copy one in step 1.</source>
        <translation>Aucun événement choisi&#xa0;: créez-en ou copiez-en un à l&apos;étape 1.</translation>
    </message>
    <message>
        <source>Setting up: {event} ({status}) — the door&apos;s event</source>
        <translation>En préparation&#xa0;: {event} ({status}) — l&apos;événement de la porte</translation>
    </message>
    <message>
        <source>Setting up: {event} ({status})</source>
        <translation>En préparation&#xa0;: {event} ({status})</translation>
    </message>
    <message>
        <source>Choose an event to load.</source>
        <translation>Choisissez un événement à charger.</translation>
    </message>
    <message>
        <source>Wix allows three policies per event. Pick one to change, move or delete it.</source>
        <translation>Wix autorise trois politiques par événement. Choisissez-en une pour la modifier, la déplacer ou la supprimer.</translation>
    </message>
    <message>
        <source>Policies, in the order guests see them</source>
        <translation>Politiques, dans l&apos;ordre où les invités les voient</translation>
    </message>
    <message>
        <source>e.g. Refund policy</source>
        <translation>par ex. Politique de remboursement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Ajouter la politique</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete the policy “%1” on Wix?</source>
        <translation>Supprimer la politique «&#xa0;%1&#xa0;» sur Wix&#xa0;?</translation>
    </message>
    <message>
        <source>Turn on the schedule</source>
        <translation>Activer le programme</translation>
    </message>
    <message>
        <source>Guests see the schedule on the event page; changes here are published at once. Pick an item to change or delete it.</source>
        <translation>Les invités voient le programme sur la page de l&apos;événement&#xa0;; les modifications faites ici sont publiées aussitôt. Choisissez un élément pour le modifier ou le supprimer.</translation>
    </message>
    <message>
        <source>Schedule items</source>
        <translation>Éléments du programme</translation>
    </message>
    <message>
        <source>e.g. Doors open</source>
        <translation>par ex. Ouverture des portes</translation>
    </message>
    <message>
        <source>e.g. Main stage (optional)</source>
        <translation>par ex. Grande scène (facultatif)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Scène</translation>
    </message>
    <message>
        <source>Add to the schedule</source>
        <translation>Ajouter au programme</translation>
    </message>
    <message>
        <source>Delete “%1” from the schedule on Wix?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» du programme sur Wix&#xa0;?</translation>
    </message>
    <message>
        <source>e.g. Summer Gala</source>
        <translation>par ex. Gala d&apos;été</translation>
    </message>
    <message>
        <source>Online event (no venue)</source>
        <translation>Événement en ligne (sans lieu)</translation>
    </message>
    <message>
        <source>Online event</source>
        <translation>Événement en ligne</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <source>Street, city</source>
        <translation>Rue, ville</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Further dates</source>
        <translation>Autres dates</translation>
    </message>
    <message>
        <source>Another date</source>
        <translation>Autre date</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Ajouter la date</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen date</source>
        <translation>Retirer la date choisie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Max per order</source>
        <translation>Maximum par commande</translation>
    </message>
    <message>
        <source>Hold tickets for</source>
        <translation>Réserver les billets pendant</translation>
    </message>
    <message>
        <source>Also on</source>
        <translation>Aussi le</translation>
    </message>
    <message>
        <source>Create draft event</source>
        <translation>Créer un brouillon</translation>
    </message>
    <message>
        <source>Title of the copy</source>
        <translation>Titre de la copie</translation>
    </message>
    <message>
        <source>Title of the copy (optional)</source>
        <translation>Titre de la copie (facultatif)</translation>
    </message>
    <message>
        <source>Copy as a new draft</source>
        <translation>Copier en nouveau brouillon</translation>
    </message>
    <message>
        <source>Copy the event chosen above (form, tickets, settings)</source>
        <translation>Copier l&apos;événement choisi ci-dessus (formulaire, billets, réglages)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Or copy the chosen event&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ou copier l&apos;événement choisi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nouveau titre</translation>
    </message>
    <message>
        <source>Choose the event to copy in the list above.</source>
        <translation>Choisissez l&apos;événement à copier dans la liste ci-dessus.</translation>
    </message>
    <message>
        <source>Publishing puts the event on sale on your site. It cannot be undone: a published event cannot go back to draft.</source>
        <translation>Publier met l&apos;événement en vente sur votre site. C&apos;est irréversible&#xa0;: un événement publié ne redevient jamais brouillon.</translation>
    </message>
    <message>
        <source>I understand, publish it</source>
        <translation>J&apos;ai compris, publier</translation>
    </message>
    <message>
        <source>Confirm publishing</source>
        <translation>Confirmer la publication</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Use this event at the door</source>
        <translation>Utiliser cet événement à la porte</translation>
    </message>
    <message>
        <source>Check in guests</source>
        <translation>Valider l&apos;entrée des invités</translation>
    </message>
    <message>
        <source>Sell tickets</source>
        <translation>Vendre des billets</translation>
    </message>
    <message>
        <source>Add guests</source>
        <translation>Ajouter des invités</translation>
    </message>
    <message>
        <source>See sales figures</source>
        <translation>Voir les chiffres de vente</translation>
    </message>
    <message>
        <source>See form answers</source>
        <translation>Voir les réponses au formulaire</translation>
    </message>
    <message>
        <source>not logged in yet</source>
        <translation>pas encore connecté</translation>
    </message>
    <message>
        <source>has access</source>
        <translation>a accès</translation>
    </message>
    <message>
        <source>access paused</source>
        <translation>accès suspendu</translation>
    </message>
    <message>
        <source>One category per line (up to 10)</source>
        <translation>Une catégorie par ligne (10 au plus)</translation>
    </message>
    <message>
        <source>New categories</source>
        <translation>Nouvelles catégories</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Put the event in this category</source>
        <translation>Mettre l&apos;événement dans cette catégorie</translation>
    </message>
    <message>
        <source>Create a category first.</source>
        <translation>Créez d&apos;abord une catégorie.</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>tous les événements</translation>
    </message>
    <message>
        <source>Staff check guests in with the Check-in by Wix app on their phone. Pick someone to change what they may do, or to pause their access.</source>
        <translation>L&apos;équipe fait entrer les invités avec l&apos;app Check-in by Wix sur son téléphone. Choisissez quelqu&apos;un pour changer ce qu&apos;il peut faire ou suspendre son accès.</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
    <message>
        <source>e.g. Sam at the door</source>
        <translation>par ex. Sam à la porte</translation>
    </message>
    <message>
        <source>Only for this event</source>
        <translation>Pour cet événement seulement</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Peut</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Ajouter le membre</translation>
    </message>
    <message>
        <source>Save permissions</source>
        <translation>Enregistrer les autorisations</translation>
    </message>
    <message>
        <source>Pause access</source>
        <translation>Suspendre l&apos;accès</translation>
    </message>
    <message>
        <source>Their login link stops working until you resume it</source>
        <translation>Son lien de connexion ne marche plus jusqu&apos;à ce que vous rétablissiez l&apos;accès</translation>
    </message>
    <message>
        <source>Resume access</source>
        <translation>Rétablir l&apos;accès</translation>
    </message>
    <message>
        <source>Login link: {link}</source>
        <translation>Lien de connexion&#xa0;: {link}</translation>
    </message>
    <message>
        <source>Remove %1? Their login link stops working.</source>
        <translation>Retirer %1&#xa0;? Son lien de connexion ne marchera plus.</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Réponse courte</translation>
    </message>
    <message>
        <source>Drop-down</source>
        <translation>Liste déroulante</translation>
    </message>
    <message>
        <source>Check boxes</source>
        <translation>Cases à cocher</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Additional guests</source>
        <translation>Invités supplémentaires</translation>
    </message>
    <message>
        <source>, must answer</source>
        <translation>, obligatoire</translation>
    </message>
    <message>
        <source> (always asked)</source>
        <translation> (toujours demandée)</translation>
    </message>
    <message>
        <source>Questions on the form</source>
        <translation>Questions du formulaire</translation>
    </message>
    <message>
        <source>Guests answer these questions at checkout.</source>
        <translation>Les invités répondent à ces questions lors de l&apos;achat.</translation>
    </message>
    <message>
        <source>e.g. Company</source>
        <translation>par ex. Entreprise</translation>
    </message>
    <message>
        <source>Guests must answer</source>
        <translation>Réponse obligatoire</translation>
    </message>
    <message>
        <source>Choices, separated by commas</source>
        <translation>Choix, séparés par des virgules</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter la question</translation>
    </message>
    <message>
        <source>Save the changes to the question picked in the list</source>
        <translation>Enregistrer les modifications de la question choisie dans la liste</translation>
    </message>
    <message>
        <source>Delete the question picked in the list</source>
        <translation>Supprimer la question choisie dans la liste</translation>
    </message>
    <message>
        <source>Delete the question “%1” from the form on Wix?</source>
        <translation>Supprimer la question «&#xa0;%1&#xa0;» du formulaire sur Wix&#xa0;?</translation>
    </message>
    <message>
        <source>Not connected to Wix: setting up an event needs the network. You can type now; nothing is sent until the station is connected.</source>
        <translation>Non connecté à Wix&#xa0;: préparer un événement demande le réseau. Vous pouvez déjà saisir&#xa0;; rien n&apos;est envoyé tant que le poste n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Choose or create an event first.</source>
        <translation>Choisissez ou créez d&apos;abord un événement.</translation>
    </message>
    <message>
        <source>Sending to Wix…</source>
        <translation>Envoi à Wix…</translation>
    </message>
    <message>
        <source>Wix refused: {error}</source>
        <translation>Refusé par Wix&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Fee added at checkout</source>
        <translation>Frais ajoutés à l&apos;achat</translation>
    </message>
    <message>
        <source>Fee included</source>
        <translation>Frais inclus</translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation>Types de billet</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Type de billet</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendus</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>e.g. General Admission</source>
        <translation>par ex. Entrée générale</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Free ticket</source>
        <translation>Billet gratuit</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>Unlimited quantity</source>
        <translation>Quantité illimitée</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Sale starts</source>
        <translation>Début des ventes</translation>
    </message>
    <message>
        <source>Sale ends</source>
        <translation>Fin des ventes</translation>
    </message>
    <message>
        <source>{field}: set a date</source>
        <translation>{field}&#xa0;: choisir une date</translation>
    </message>
    <message>
        <source>Add ticket type</source>
        <translation>Ajouter le type de billet</translation>
    </message>
    <message>
        <source>Save the changes to the ticket type picked in the table</source>
        <translation>Enregistrer les modifications du type de billet choisi dans le tableau</translation>
    </message>
    <message>
        <source>Delete the ticket type picked in the table</source>
        <translation>Supprimer le type de billet choisi dans le tableau</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>en vente</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programmé</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Pick the ticket type to change in the list.</source>
        <translation>Choisissez dans la liste le type de billet à modifier.</translation>
    </message>
    <message>
        <source>Pick the ticket type to delete in the list.</source>
        <translation>Choisissez dans la liste le type de billet à supprimer.</translation>
    </message>
    <message>
        <source>Delete the ticket type “%1” on Wix?</source>
        <translation>Supprimer le type de billet «&#xa0;%1&#xa0;» sur Wix&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Qt TextToSpeech is not available ({error}).</source>
        <translation>Qt TextToSpeech n&apos;est pas disponible ({error}).</translation>
    </message>
    <message>
        <source>No speech engine is installed on this computer, so verdicts are not spoken (on Linux install speech-dispatcher and a voice such as espeak-ng).</source>
        <translation>Aucun moteur de synthèse vocale n&apos;est installé sur cet ordinateur&#xa0;: les verdicts ne sont pas lus (sous Linux, installez speech-dispatcher et une voix comme espeak-ng).</translation>
    </message>
    <message>
        <source>The speech engine “{engine}” does not work here: {error}</source>
        <translation>Le moteur vocal «&#xa0;{engine}&#xa0;» ne fonctionne pas ici&#xa0;: {error}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>Share of sold tickets checked in</source>
        <translation>Part des billets vendus déjà entrés</translation>
    </message>
    <message>
        <source>Refresh from Wix</source>
        <translation>Actualiser depuis Wix</translation>
    </message>
    <message>
        <source>Ask Wix for the latest sales</source>
        <translation>Demander à Wix les dernières ventes</translation>
    </message>
    <message>
        <source>Export scans…</source>
        <translation>Exporter les scans…</translation>
    </message>
    <message>
        <source>Export the scan log</source>
        <translation>Exporter le journal des scans</translation>
    </message>
    <message>
        <source>Every scan at this station, turned-away guests included, as CSV</source>
        <translation>Chaque scan à ce poste, invités refusés compris, en CSV</translation>
    </message>
    <message>
        <source>Figures per ticket type</source>
        <translation>Chiffres par type de billet</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Type de billet</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendus</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservés</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Entrés</translation>
    </message>
    <message>
        <source>Choose the event at the door to see its figures.</source>
        <translation>Choisissez l&apos;événement à la porte pour voir ses chiffres.</translation>
    </message>
    <message>
        <source>Offline: these figures come from this station&apos;s cache.</source>
        <translation>Hors ligne&#xa0;: ces chiffres viennent de la copie locale de ce poste.</translation>
    </message>
    <message>
        <source>Asking Wix for the latest sales…</source>
        <translation>Demande des dernières ventes à Wix…</translation>
    </message>
    <message>
        <source>Offline: figures from this station&apos;s cache (ages below).</source>
        <translation>Hors ligne&#xa0;: chiffres de la copie locale de ce poste (âge ci-dessous).</translation>
    </message>
    <message>
        <source>Checked in: {checked} / {sold} sold ({percent})</source>
        <translation>Entrés&#xa0;: {checked} / {sold} vendus ({percent})</translation>
    </message>
    <message>
        <source>Revenue: {revenue} ({source})</source>
        <translation>Recettes&#xa0;: {revenue} ({source})</translation>
    </message>
    <message>
        <source>Walk-up sales here: {sales}, {tickets}, {revenue} (cash {cash})</source>
        <translation>Ventes sur place ici&#xa0;: {sales}, {tickets}, {revenue} (espèces {cash})</translation>
    </message>
    <message numerus="yes">
        <source>%n sales</source>
        <translation>
            <numerusform>%n vente</numerusform>
            <numerusform>%n ventes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n billet</numerusform>
            <numerusform>%n billets</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrivals by station: {stations}</source>
        <translation>Arrivées par poste&#xa0;: {stations}</translation>
    </message>
    <message>
        <source>Guest list as of {age}</source>
        <translation>Liste des invités mise à jour {age}</translation>
    </message>
    <message>
        <source>Guest list never downloaded</source>
        <translation>Liste des invités jamais téléchargée</translation>
    </message>
    <message>
        <source>sales summary as of {age}</source>
        <translation>résumé des ventes mis à jour {age}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n scans ({detail}) to {file}</source>
        <translation>
            <numerusform>%n scan écrit ({detail}) dans {file}</numerusform>
            <numerusform>%n scans écrits ({detail}) dans {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}, %n orders</source>
        <translation>
            <numerusform>{source}, %n commande</numerusform>
            <numerusform>{source}, %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Wix orders summary</source>
        <translation>résumé des commandes Wix</translation>
    </message>
    <message>
        <source>estimated from the guest list</source>
        <translation>estimé d&apos;après la liste des invités</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>pas encore de chiffres</translation>
    </message>
    <message>
        <source>Choose the event at the door first.</source>
        <translation>Choisissez d&apos;abord l&apos;événement à la porte.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>other devices</source>
        <translation>autres appareils</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes</source>
        <translation>Arrivées par tranche de 5 minutes</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes: nobody yet</source>
        <translation>Arrivées par tranche de 5 minutes&#xa0;: personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Nobody has arrived yet</source>
        <translation>Personne n&apos;est encore arrivé</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes ({zone})</source>
        <translation>Arrivées par tranche de 5 minutes ({zone})</translation>
    </message>
    <message numerus="yes">
        <source>%n arrivals in the last two hours</source>
        <translation>
            <numerusform>%n arrivée ces deux dernières heures</numerusform>
            <numerusform>%n arrivées ces deux dernières heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} fast</source>
        <translation>L&apos;horloge de cet ordinateur avance de {amount}</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} slow</source>
        <translation>L&apos;horloge de cet ordinateur retarde de {amount}</translation>
    </message>
    <message>
        <source>Mode: offline (deciding here)</source>
        <translation>Mode&#xa0;: hors ligne (décision ici)</translation>
    </message>
    <message>
        <source>Mode: venue hub</source>
        <translation>Mode&#xa0;: hub du lieu</translation>
    </message>
    <message>
        <source>Mode: direct to Wix</source>
        <translation>Mode&#xa0;: direct vers Wix</translation>
    </message>
    <message>
        <source>⇣ Guest list still downloading: {so_far}</source>
        <translation>⇣ Liste des invités en téléchargement&#xa0;: {so_far}</translation>
    </message>
    <message>
        <source>Guest list from {age}; checking it again ({share})</source>
        <translation>Liste des invités mise à jour {age}&#xa0;; nouvelle vérification ({share})</translation>
    </message>
    <message>
        <source>Wix asked to slow down, waiting {time}</source>
        <translation>Wix demande de ralentir, attente de {time}</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Connection problems</source>
        <translation>Problèmes de connexion</translation>
    </message>
    <message>
        <source>Offline: check-ins are kept and upload later</source>
        <translation>Hors ligne&#xa0;: les entrées sont gardées et envoyées plus tard</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Not connected to Wix</source>
        <translation>Non connecté à Wix</translation>
    </message>
    <message numerus="yes">
        <source>⇡ %n waiting to upload</source>
        <translation>
            <numerusform>⇡ %n en attente d&apos;envoi</numerusform>
            <numerusform>⇡ %n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n need attention…</source>
        <translation>
            <numerusform>⚠ %n à traiter…</numerusform>
            <numerusform>⚠ %n à traiter…</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ All check-ins uploaded</source>
        <translation>✔ Toutes les entrées sont envoyées</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Last sync {age}</source>
        <translation>Dernière synchro {age}</translation>
    </message>
</context>
</TS>
