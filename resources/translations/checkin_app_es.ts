<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Select all rows</source>
        <translation>Seleccionar todas las filas</translation>
    </message>
    <message>
        <source>More items</source>
        <translation>Más elementos</translation>
    </message>
</context>
<context>
    <name>Ages</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
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
        <translation>Check-in ya está abierto para esta carpeta de datos ({folder}). Cambie a esa ventana o inicie esta con --data-dir apuntando a otra carpeta.</translation>
    </message>
    <message>
        <source>Event {event} is not in the local cache and Wix cannot be reached to download it: run `checkin-app sync --event` first.</source>
        <translation>El evento {event} no está en la copia local y no se puede contactar con Wix para descargarlo: ejecute antes `checkin-app sync --event`.</translation>
    </message>
    <message>
        <source>The database was repaired</source>
        <translation>La base de datos se reparó</translation>
    </message>
    <message>
        <source>Check-in cannot start</source>
        <translation>Check-in no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Check-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Deshacer entrada</translation>
    </message>
    <message>
        <source>Payment at door</source>
        <translation>Pago en la puerta</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Why Wix refused</source>
        <translation>Por qué Wix lo rechazó</translation>
    </message>
    <message>
        <source>Admitted here</source>
        <translation>Admitida aquí</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>Also checked in on Wix at</source>
        <translation>También registrada en Wix a las</translation>
    </message>
    <message>
        <source>Refused uploads</source>
        <translation>Envíos rechazados</translation>
    </message>
    <message>
        <source>Admitted twice</source>
        <translation>Admitidas dos veces</translation>
    </message>
    <message>
        <source>Send selected again</source>
        <translation>Reenviar selección</translation>
    </message>
    <message>
        <source>Send all again</source>
        <translation>Reenviar todo</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <source>Unlock door mode to send items again.</source>
        <translation>Desbloquee el modo puerta para reenviar.</translation>
    </message>
    <message>
        <source>Wix refused these uploads. Fix the cause, then send again.</source>
        <translation>Wix rechazó estos envíos. Corrija la causa y vuelva a enviarlos.</translation>
    </message>
    <message>
        <source>These tickets were admitted here and also at another door or on Wix.</source>
        <translation>Estas entradas se admitieron aquí y también en otra puerta o en Wix.</translation>
    </message>
    <message>
        <source>Refused uploads: {n}</source>
        <translation>Envíos rechazados: {n}</translation>
    </message>
    <message>
        <source>Admitted twice: {n}</source>
        <translation>Admitidas dos veces: {n}</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>{problem}
The barcode scanner and the guest search still work. Trying the camera again…</source>
        <translation>{problem}
El lector de códigos y la búsqueda de invitados siguen funcionando. Reintentando la cámara…</translation>
    </message>
    <message>
        <source>Camera lost: {problem}
Trying again…</source>
        <translation>Cámara perdida: {problem}
Reintentando…</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>El vídeo ha terminado.</translation>
    </message>
    <message>
        <source>The camera was disconnected. Reconnecting…</source>
        <translation>La cámara se desconectó. Reconectando…</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Imagen de la cámara</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
</context>
<context>
    <name>DataHeld</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Guests held</source>
        <translation>Invitados guardados</translation>
    </message>
    <message>
        <source>Forgotten after</source>
        <translation>Se olvidan tras</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Forgotten on {when}</source>
        <translation>Olvidados el {when}</translation>
    </message>
    <message numerus="yes">
        <source>Kept until %n check-ins reach Wix</source>
        <translation>
            <numerusform>Se guardan hasta que %n entrada llegue a Wix</numerusform>
            <numerusform>Se guardan hasta que %n entradas lleguen a Wix</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgotten at the next start</source>
        <translation>Se olvidan en el próximo inicio</translation>
    </message>
    <message>
        <source>No end date: forget by hand</source>
        <translation>Sin fecha de fin: olvidar a mano</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Guardados</translation>
    </message>
    <message>
        <source>Guest names and e-mails are kept {days:g} days after each event ends, then forgotten (never while check-ins are unsent). Counts and the scan log stay. Everything is encrypted on this laptop.</source>
        <translation>Los nombres y correos de los invitados se guardan {days:g} días después de cada evento y luego se olvidan (nunca con entradas sin enviar). Los recuentos y el registro de escaneos se quedan. Todo está cifrado en este portátil.</translation>
    </message>
    <message>
        <source>Forget this event&apos;s guests now</source>
        <translation>Olvidar ahora los invitados de este evento</translation>
    </message>
    <message>
        <source>Could not read the station&apos;s data: {error}</source>
        <translation>No se pueden leer los datos de la estación: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Forget the names and e-mails of %n guests of {title} on this laptop now?</source>
        <translation>
            <numerusform>¿Olvidar ahora en este portátil el nombre y el correo de %n invitado de {title}?</numerusform>
            <numerusform>¿Olvidar ahora en este portátil los nombres y correos de %n invitados de {title}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget guests</source>
        <translation>Olvidar invitados</translation>
    </message>
    <message>
        <source>Forgetting…</source>
        <translation>Olvidando…</translation>
    </message>
    <message>
        <source>Forgot the guests of {title}.</source>
        <translation>Se olvidaron los invitados de {title}.</translation>
    </message>
    <message>
        <source>Guest data on this laptop</source>
        <translation>Datos de invitados en este portátil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>Could not undo</source>
        <translation>No se pudo deshacer</translation>
    </message>
    <message>
        <source>Could not check in</source>
        <translation>No se pudo registrar la entrada</translation>
    </message>
    <message>
        <source>Something went wrong; the problem was logged. Try again.</source>
        <translation>Algo salió mal; el problema quedó registrado. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>DoorLock</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN del supervisor</translation>
    </message>
    <message>
        <source>Enter the supervisor PIN to unlock.</source>
        <translation>Introduzca el PIN del supervisor para desbloquear.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <source>No camera is set up. Scan with the barcode scanner or search for a guest.</source>
        <translation>No hay cámara configurada. Escanee con el lector de códigos o busque al invitado.</translation>
    </message>
    <message>
        <source>A supervisor must enter the PIN to admit this guest anyway.</source>
        <translation>Un supervisor debe introducir el PIN para admitir igualmente a este invitado.</translation>
    </message>
    <message>
        <source>A supervisor must enter the PIN to change settings.</source>
        <translation>Un supervisor debe introducir el PIN para cambiar la configuración.</translation>
    </message>
    <message>
        <source>A supervisor must enter the PIN to pair with the venue hub or leave it.</source>
        <translation>Un supervisor debe introducir el PIN para emparejar con el hub del evento o salir de él.</translation>
    </message>
    <message>
        <source>Collect payment</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>Collect {money} from {guest}, then admit?</source>
        <translation>¿Cobrar {money} a {guest} y admitir?</translation>
    </message>
    <message>
        <source>Payment collected — admit</source>
        <translation>Cobrado: admitir</translation>
    </message>
    <message>
        <source>Door mode</source>
        <translation>Modo puerta</translation>
    </message>
    <message>
        <source>Set a supervisor PIN in Settings first; door mode is locked with it.</source>
        <translation>Primero configure un PIN de supervisor en Configuración; el modo puerta se bloquea con él.</translation>
    </message>
    <message>
        <source>Spoken verdicts</source>
        <translation>Veredictos hablados</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins are still waiting to upload to Wix. They are saved on this computer and will upload the next time the app runs with a network.

Close anyway?</source>
        <translation>
            <numerusform>%n entrada sigue pendiente de envío a Wix. Está guardada en este ordenador y se enviará la próxima vez que la app funcione con red.

¿Cerrar de todos modos?</numerusform>
            <numerusform>%n entradas siguen pendientes de envío a Wix. Están guardadas en este ordenador y se enviarán la próxima vez que la app funcione con red.

¿Cerrar de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins not uploaded yet</source>
        <translation>Entradas aún sin enviar</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Buscar invitado</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>E&amp;stación</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Needs &amp;attention…</source>
        <translation>Requiere a&amp;tención…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find a guest</source>
        <translation>&amp;Buscar invitado</translation>
    </message>
    <message>
        <source>&amp;Large text and high contrast</source>
        <translation>&amp;Letra grande y alto contraste</translation>
    </message>
    <message>
        <source>S&amp;peak verdicts</source>
        <translation>&amp;Decir los veredictos</translation>
    </message>
    <message>
        <source>The check-in had not been uploaded yet; nothing was sent to Wix.</source>
        <translation>La entrada aún no se había enviado; no se envió nada a Wix.</translation>
    </message>
    <message>
        <source>Wix will be told at the next sync.</source>
        <translation>Wix lo sabrá en la próxima sincronización.</translation>
    </message>
    <message>
        <source>CHECK-IN UNDONE</source>
        <translation>ENTRADA DESHECHA</translation>
    </message>
    <message>
        <source>Lock door mode</source>
        <translation>Bloquear modo puerta</translation>
    </message>
    <message>
        <source>Supervisor unlock…</source>
        <translation>Desbloqueo de supervisor…</translation>
    </message>
    <message>
        <source>Check-in — {station}</source>
        <translation>Check-in — {station}</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>SIN CONEXIÓN</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>Event at this door</source>
        <translation>Evento en esta puerta</translation>
    </message>
    <message>
        <source>Turn the scan sounds on or off</source>
        <translation>Activar o desactivar los sonidos</translation>
    </message>
    <message>
        <source>No events yet — syncing…</source>
        <translation>Aún no hay eventos: sincronizando…</translation>
    </message>
    <message numerus="yes">
        <source>✔ %n admitted here</source>
        <translation>
            <numerusform>✔ %n admitido aquí</numerusform>
            <numerusform>✔ %n admitidos aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>Estación: {name}</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>Sonido: no</translation>
    </message>
    <message>
        <source>Sound: on</source>
        <translation>Sonido: sí</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>Últimos escaneos</translation>
    </message>
    <message>
        <source>The last scans at this station, newest first</source>
        <translation>Los últimos escaneos en esta estación, el más reciente primero</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Check-in</source>
        <translation>Bienvenido a Check-in</translation>
    </message>
    <message>
        <source>Check guests in at the door</source>
        <translation>Registre la entrada de los invitados en la puerta</translation>
    </message>
    <message>
        <source>Scan tickets with the camera or a barcode scanner, even without internet. Nothing is set up yet: try the demo with made-up guests, or connect your Wix site.</source>
        <translation>Escanee entradas con la cámara o un lector de códigos, incluso sin internet. Aún no hay nada configurado: pruebe la demo con invitados inventados o conecte su sitio de Wix.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <source>Connect to Wix</source>
        <translation>Conectar con Wix</translation>
    </message>
    <message>
        <source>Create an API key in the Wix API Keys Manager with the Events permissions, and copy your site ID from the site&apos;s dashboard address.</source>
        <translation>Cree una clave API en el gestor de claves API de Wix con los permisos de Events y copie el ID del sitio de la dirección del panel del sitio.</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>ID del sitio</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Connect and download the guest list</source>
        <translation>Conectar y descargar la lista de invitados</translation>
    </message>
    <message>
        <source>Enter both the site ID and the API key.</source>
        <translation>Introduzca el ID del sitio y la clave API.</translation>
    </message>
    <message>
        <source>Check the API key: {error}.</source>
        <translation>Revise la clave API: {error}.</translation>
    </message>
    <message>
        <source>Checking the key with Wix…</source>
        <translation>Comprobando la clave con Wix…</translation>
    </message>
    <message>
        <source>Check the server address: {error}</source>
        <translation>Revise la dirección del servidor: {error}</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>No se pudo conectar: {error}</translation>
    </message>
    <message>
        <source>Connected. Downloading the guest list…</source>
        <translation>Conectado. Descargando la lista de invitados…</translation>
    </message>
    <message>
        <source>Downloading the guest list of {title}: {so_far}</source>
        <translation>Descargando la lista de invitados de {title}: {so_far}</translation>
    </message>
    <message>
        <source>Wix asked to slow down, waiting {time}</source>
        <translation>Wix pidió ir más despacio; esperando {time}</translation>
    </message>
</context>
<context>
    <name>GuestList</name>
    <message>
        <source>about {n} s</source>
        <translation>unos {n} s</translation>
    </message>
    <message>
        <source>about {n} min</source>
        <translation>unos {n} min</translation>
    </message>
    <message>
        <source>about {h} h {m} min</source>
        <translation>unas {h} h {m} min</translation>
    </message>
    <message>
        <source>{n} tickets so far</source>
        <translation>{n} entradas hasta ahora</translation>
    </message>
    <message>
        <source>{n} of {total} tickets</source>
        <translation>{n} de {total} entradas</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>faltan {time}</translation>
    </message>
    <message>
        <source>The download has not started yet: it starts at the next sync</source>
        <translation>La descarga aún no ha empezado: empieza en la próxima sincronización</translation>
    </message>
    <message>
        <source>Guest list still loading</source>
        <translation>La lista de invitados aún se está cargando</translation>
    </message>
    <message>
        <source>Not here yet? Search by name</source>
        <translation>¿Aún no está? Busque por nombre</translation>
    </message>
</context>
<context>
    <name>GuestSearch</name>
    <message>
        <source>In at {time}</source>
        <translation>Dentro desde las {time}</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>N.º entrada</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Find a guest: name, email, ticket or order number</source>
        <translation>Buscar invitado: nombre, correo, n.º de entrada o de pedido</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Buscar invitado</translation>
    </message>
    <message>
        <source>Type a name, email, ticket or order number; Enter checks in a single match</source>
        <translation>Escriba un nombre, correo, n.º de entrada o de pedido; Intro registra la entrada si hay un solo resultado</translation>
    </message>
    <message>
        <source>Guests found</source>
        <translation>Invitados encontrados</translation>
    </message>
    <message>
        <source>Enter checks in the selected guest</source>
        <translation>Intro registra la entrada del invitado seleccionado</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Deshacer entrada</translation>
    </message>
    <message>
        <source>Type at least two letters or a number.</source>
        <translation>Escriba al menos dos letras o un número.</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>La búsqueda falló: {error}</translation>
    </message>
    <message>
        <source>No guest matches “{text}”.</source>
        <translation>Ningún invitado coincide con «{text}».</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n encontrado</numerusform>
            <numerusform>%n encontrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubMembership</name>
    <message>
        <source>&amp;Pair with the venue hub…</source>
        <translation>&amp;Emparejar con el hub del evento…</translation>
    </message>
    <message>
        <source>&amp;Leave the venue hub</source>
        <translation>&amp;Salir del hub del evento</translation>
    </message>
    <message>
        <source>PAIRED</source>
        <translation>EMPAREJADO</translation>
    </message>
    <message>
        <source>Scans are now checked with the venue hub {hub}.</source>
        <translation>Los escaneos se comprueban ahora con el hub del evento {hub}.</translation>
    </message>
    <message>
        <source>NOT A TICKET</source>
        <translation>NO ES UNA ENTRADA</translation>
    </message>
    <message>
        <source>This is a venue hub&apos;s pairing code, but it cannot be read in full. Show the hub&apos;s screen again, or pair from the Station menu.</source>
        <translation>Es un código de emparejamiento de un hub del evento, pero no se puede leer entero. Vuelva a mostrar la pantalla del hub o empareje desde el menú Estación.</translation>
    </message>
    <message>
        <source>ALREADY PAIRED</source>
        <translation>YA EMPAREJADO</translation>
    </message>
    <message>
        <source>This door is already paired with this venue hub.</source>
        <translation>Esta puerta ya está emparejada con este hub del evento.</translation>
    </message>
    <message>
        <source>This door will decide alone again and sync with Wix itself (if it has the Wix key). Other doors no longer hear of its scans at once.</source>
        <translation>Esta puerta volverá a decidir sola y a sincronizar con Wix por sí misma (si tiene la clave de Wix). Las demás puertas ya no sabrán de sus escaneos al instante.</translation>
    </message>
    <message numerus="yes">
        <source>It keeps %n admissions the hub has not yet confirmed as sent to Wix; the next hub this door pairs with takes them over.</source>
        <translation>
            <numerusform>Conserva %n admisión que el hub aún no ha confirmado como enviada a Wix; el próximo hub con el que se empareje esta puerta la asumirá.</numerusform>
            <numerusform>Conserva %n admisiones que el hub aún no ha confirmado como enviadas a Wix; el próximo hub con el que se empareje esta puerta las asumirá.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the venue hub</source>
        <translation>Salir del hub del evento</translation>
    </message>
    <message>
        <source>Leave the hub</source>
        <translation>Salir del hub</translation>
    </message>
    <message>
        <source>LEFT THE HUB</source>
        <translation>FUERA DEL HUB</translation>
    </message>
    <message>
        <source>This door decides alone again.</source>
        <translation>Esta puerta vuelve a decidir sola.</translation>
    </message>
    <message>
        <source>NOT LEFT</source>
        <translation>NO SE SALIÓ</translation>
    </message>
</context>
<context>
    <name>HubPairDialog</name>
    <message>
        <source>Pair with the venue hub</source>
        <translation>Emparejar con el hub del evento</translation>
    </message>
    <message>
        <source>This door will check every scan with the venue hub, so a guest admitted at one door is refused at the others.</source>
        <translation>Esta puerta comprobará cada escaneo con el hub del evento, para que un invitado admitido en una puerta sea rechazado en las demás.</translation>
    </message>
    <message>
        <source>Venue hubs on this network</source>
        <translation>Hubs del evento en esta red</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Emparejar</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Dirección del hub:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Código de emparejamiento:</translation>
    </message>
    <message>
        <source>Venue hubs on this network:</source>
        <translation>Hubs del evento en esta red:</translation>
    </message>
    <message>
        <source>The code is shown on the hub&apos;s screen (it changes every 15 minutes).</source>
        <translation>El código aparece en la pantalla del hub (cambia cada 15 minutos).</translation>
    </message>
    <message>
        <source>Looking for venue hubs…</source>
        <translation>Buscando hubs del evento…</translation>
    </message>
    <message>
        <source>No hub answered on this network. Type the address the hub shows, or search again.</source>
        <translation>Ningún hub respondió en esta red. Escriba la dirección que muestra el hub o busque de nuevo.</translation>
    </message>
    <message>
        <source>Choose the hub, then type its code.</source>
        <translation>Elija el hub y escriba su código.</translation>
    </message>
    <message>
        <source>Cannot look for hubs here ({reason}). Type the hub&apos;s address.</source>
        <translation>No se pueden buscar hubs aquí ({reason}). Escriba la dirección del hub.</translation>
    </message>
    <message>
        <source>The camera read a venue hub&apos;s pairing code. Pair this door with the hub at {url}?</source>
        <translation>La cámara leyó el código de emparejamiento de un hub del evento. ¿Emparejar esta puerta con el hub en {url}?</translation>
    </message>
    <message>
        <source>Address and code from the QR code.</source>
        <translation>Dirección y código del código QR.</translation>
    </message>
    <message>
        <source>Give the hub&apos;s address and the code it shows.</source>
        <translation>Indique la dirección del hub y el código que muestra.</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>Emparejando…</translation>
    </message>
</context>
<context>
    <name>HubSwitch</name>
    <message>
        <source>This laptop is the &amp;venue hub</source>
        <translation>Este portátil es el &amp;hub del recinto</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Hub del recinto</translation>
    </message>
    <message>
        <source>The hub cannot start: {reason}</source>
        <translation>El hub no puede iniciarse: {reason}</translation>
    </message>
</context>
<context>
    <name>HubWindow</name>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Hub del recinto</translation>
    </message>
    <message>
        <source>Revoke the selected door</source>
        <translation>Revocar la puerta seleccionada</translation>
    </message>
    <message>
        <source>New pairing code</source>
        <translation>Nuevo código de emparejamiento</translation>
    </message>
    <message>
        <source>Pairing code — on each door: show this QR code to its camera, or Station ▸ Pair with the venue hub…</source>
        <translation>Código de emparejamiento — en cada puerta: muestre este código QR a su cámara, o Estación ▸ Emparejar con el hub del evento…</translation>
    </message>
    <message>
        <source>Hub address: {url}</source>
        <translation>Dirección del hub: {url}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>emparejada</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
</context>
<context>
    <name>LockIndicator</name>
    <message>
        <source>locks in {n} s</source>
        <translation>se bloquea en {n} s</translation>
    </message>
    <message>
        <source>locks in {n} min</source>
        <translation>se bloquea en {n} min</translation>
    </message>
    <message>
        <source>Door mode</source>
        <translation>Modo puerta</translation>
    </message>
    <message>
        <source>Overrides, settings and organizer views need the PIN.</source>
        <translation>Las excepciones, la configuración y las vistas del organizador requieren el PIN.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Stays unlocked until you lock it.</source>
        <translation>Sigue desbloqueado hasta que lo bloquee.</translation>
    </message>
    <message>
        <source>Door mode locks again at {time} unless a supervisor does something before; it also locks when the computer wakes from sleep.</source>
        <translation>El modo puerta se vuelve a bloquear a las {time} si un supervisor no hace nada antes; también se bloquea cuando el ordenador sale de la suspensión.</translation>
    </message>
    <message>
        <source>locked after no supervisor activity</source>
        <translation>bloqueado por inactividad del supervisor</translation>
    </message>
    <message>
        <source>locked when the computer woke up</source>
        <translation>bloqueado al reactivarse el ordenador</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>No Wix site id: pass --site-id, set {variable}, or save it in the settings.</source>
        <translation>Falta el ID del sitio de Wix: indique --site-id, defina {variable} o guárdelo en la configuración.</translation>
    </message>
    <message>
        <source>No API key for site {site}: set {variable} or store the key in the app&apos;s settings (kept in the system keyring).</source>
        <translation>No hay clave API para el sitio {site}: defina {variable} o guarde la clave en la configuración de la app (en el llavero del sistema).</translation>
    </message>
    <message>
        <source>Cannot connect to Wix: {error}.</source>
        <translation>No se puede conectar con Wix: {error}.</translation>
    </message>
    <message>
        <source>Cannot use the API key: {error}.</source>
        <translation>No se puede usar la clave API: {error}.</translation>
    </message>
    <message>
        <source>Wix rejected the API key (401): enter a valid key to resume sending.</source>
        <translation>Wix rechazó la clave API (401): introduzca una clave válida para seguir enviando.</translation>
    </message>
    <message>
        <source>Wix says the Wix Events app is not installed on this site (428): install it, then re-enter the key to resume.</source>
        <translation>Wix dice que la app Wix Events no está instalada en este sitio (428): instálela y vuelva a introducir la clave.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this on this site (403): check the key&apos;s permissions and the site id, then re-enter the key to resume.</source>
        <translation>La clave API no tiene permiso para esto en este sitio (403): revise los permisos de la clave y el ID del sitio, y vuelva a introducir la clave.</translation>
    </message>
    <message>
        <source>Wix refused this call</source>
        <translation>Wix rechazó esta llamada</translation>
    </message>
    <message>
        <source>Wix refused: {detail}</source>
        <translation>Wix lo rechazó: {detail}</translation>
    </message>
    <message>
        <source>The queued call names no valid ticket or order number</source>
        <translation>La llamada en cola no indica un número de entrada o de pedido válido</translation>
    </message>
    <message>
        <source>Wix sent a list that does not add up: {detail}.</source>
        <translation>Wix envió una lista que no cuadra: {detail}.</translation>
    </message>
    <message>
        <source>Refused a reply from Wix: {detail}.</source>
        <translation>Se rechazó una respuesta de Wix: {detail}.</translation>
    </message>
    <message>
        <source>Refused a reply from Wix: {detail}; retrying in {seconds} s.</source>
        <translation>Se rechazó una respuesta de Wix: {detail}; nuevo intento en {seconds} s.</translation>
    </message>
    <message>
        <source>Offline: cannot reach Wix ({detail}). Nothing queued is lost.</source>
        <translation>Sin conexión: no se puede contactar con Wix ({detail}). No se pierde nada de lo que está en cola.</translation>
    </message>
    <message>
        <source>Offline: cannot reach Wix ({detail}); retrying in {seconds} s. Nothing queued is lost.</source>
        <translation>Sin conexión: no se puede contactar con Wix ({detail}); nuevo intento en {seconds} s. No se pierde nada de lo que está en cola.</translation>
    </message>
    <message>
        <source>Wix asked to slow down (too many requests). Nothing queued is lost.</source>
        <translation>Wix pidió ir más despacio (demasiadas peticiones). No se pierde nada de lo que está en cola.</translation>
    </message>
    <message>
        <source>Wix asked to slow down (too many requests); retrying in {seconds} s. Nothing queued is lost.</source>
        <translation>Wix pidió ir más despacio (demasiadas peticiones); nuevo intento en {seconds} s. No se pierde nada de lo que está en cola.</translation>
    </message>
    <message>
        <source>Wix is having trouble ({status} {code}).</source>
        <translation>Wix tiene problemas ({status} {code}).</translation>
    </message>
    <message>
        <source>Wix is having trouble ({status} {code}); retrying in {seconds} s.</source>
        <translation>Wix tiene problemas ({status} {code}); nuevo intento en {seconds} s.</translation>
    </message>
    <message>
        <source>Wix does not know this: {detail}.</source>
        <translation>Wix no conoce esto: {detail}.</translation>
    </message>
    <message>
        <source>Event {event} was not found on Wix.</source>
        <translation>No se encontró el evento {event} en Wix.</translation>
    </message>
    <message>
        <source>Wix sent no result for this ticket</source>
        <translation>Wix no envió resultado para esta entrada</translation>
    </message>
    <message>
        <source>{action} needs the network, and Wix cannot be reached right now. Nothing was lost: try again when the connection is back.</source>
        <translation>{action} necesita la red, y ahora no se puede contactar con Wix. No se perdió nada: inténtelo de nuevo cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>{action} failed: Wix is busy or had a problem ({detail}). Try again.</source>
        <translation>{action} falló: Wix está ocupado o tuvo un problema ({detail}). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Wix did not accept the API key. Check the key in Settings.</source>
        <translation>Wix no aceptó la clave API. Revise la clave en Configuración.</translation>
    </message>
    <message>
        <source>{action} is not allowed with this API key ({detail}). Give the key the Wix Events permissions it needs.</source>
        <translation>{action} no está permitido con esta clave API ({detail}). Dé a la clave los permisos de Wix Events que necesita.</translation>
    </message>
    <message>
        <source>{action} was refused by Wix. {details}</source>
        <translation>Wix rechazó: {action}. {details}</translation>
    </message>
    <message>
        <source>{action} failed: Wix does not know it ({detail}).</source>
        <translation>{action} falló: Wix no lo conoce ({detail}).</translation>
    </message>
    <message>
        <source>{action} was refused by Wix: {detail}</source>
        <translation>Wix rechazó: {action}: {detail}</translation>
    </message>
    <message>
        <source>Adding the policy</source>
        <translation>Añadir la política</translation>
    </message>
    <message>
        <source>Adding the question</source>
        <translation>Añadir la pregunta</translation>
    </message>
    <message>
        <source>Adding the schedule item</source>
        <translation>Añadir el punto del programa</translation>
    </message>
    <message>
        <source>Adding the staff member</source>
        <translation>Añadir al miembro del equipo</translation>
    </message>
    <message>
        <source>Adding the ticket type</source>
        <translation>Añadir el tipo de entrada</translation>
    </message>
    <message>
        <source>Cancelling the reservation</source>
        <translation>Cancelar la reserva</translation>
    </message>
    <message>
        <source>Checking out</source>
        <translation>Finalizar el pedido</translation>
    </message>
    <message>
        <source>Checking the order</source>
        <translation>Comprobar el pedido</translation>
    </message>
    <message>
        <source>Checking the payment</source>
        <translation>Comprobar el pago</translation>
    </message>
    <message>
        <source>Checking the reservation</source>
        <translation>Comprobar la reserva</translation>
    </message>
    <message>
        <source>Confirming the payment</source>
        <translation>Confirmar el pago</translation>
    </message>
    <message>
        <source>Copying the event</source>
        <translation>Copiar el evento</translation>
    </message>
    <message>
        <source>Creating the categories</source>
        <translation>Crear las categorías</translation>
    </message>
    <message>
        <source>Creating the category</source>
        <translation>Crear la categoría</translation>
    </message>
    <message>
        <source>Creating the event</source>
        <translation>Crear el evento</translation>
    </message>
    <message>
        <source>Deleting the policy</source>
        <translation>Eliminar la política</translation>
    </message>
    <message>
        <source>Deleting the question</source>
        <translation>Eliminar la pregunta</translation>
    </message>
    <message>
        <source>Deleting the schedule item</source>
        <translation>Eliminar el punto del programa</translation>
    </message>
    <message>
        <source>Deleting the ticket type</source>
        <translation>Eliminar el tipo de entrada</translation>
    </message>
    <message>
        <source>Fetching the new tickets</source>
        <translation>Obtener las nuevas entradas</translation>
    </message>
    <message>
        <source>Looking for the order</source>
        <translation>Buscar el pedido</translation>
    </message>
    <message>
        <source>Moving the policy</source>
        <translation>Mover la política</translation>
    </message>
    <message>
        <source>Pausing the access</source>
        <translation>Pausar el acceso</translation>
    </message>
    <message>
        <source>Publishing the event</source>
        <translation>Publicar el evento</translation>
    </message>
    <message>
        <source>Publishing the schedule</source>
        <translation>Publicar el programa</translation>
    </message>
    <message>
        <source>Putting the event in the category</source>
        <translation>Poner el evento en la categoría</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>Leer el evento</translation>
    </message>
    <message>
        <source>Reading the order</source>
        <translation>Leer el pedido</translation>
    </message>
    <message>
        <source>Reading the policies</source>
        <translation>Leer las políticas</translation>
    </message>
    <message>
        <source>Reading the policy</source>
        <translation>Leer la política</translation>
    </message>
    <message>
        <source>Reading the registration form</source>
        <translation>Leer el formulario de inscripción</translation>
    </message>
    <message>
        <source>Reading the schedule</source>
        <translation>Leer el programa</translation>
    </message>
    <message>
        <source>Reading the staff member</source>
        <translation>Leer al miembro del equipo</translation>
    </message>
    <message>
        <source>Reading the staff members</source>
        <translation>Leer el equipo</translation>
    </message>
    <message>
        <source>Reading the ticket type</source>
        <translation>Leer el tipo de entrada</translation>
    </message>
    <message>
        <source>Reading the ticket types</source>
        <translation>Leer los tipos de entrada</translation>
    </message>
    <message>
        <source>Refreshing the sales figures</source>
        <translation>Actualizar las cifras de venta</translation>
    </message>
    <message>
        <source>Removing the staff member</source>
        <translation>Quitar al miembro del equipo</translation>
    </message>
    <message>
        <source>Reserving the tickets</source>
        <translation>Reservar las entradas</translation>
    </message>
    <message>
        <source>Resuming the access</source>
        <translation>Reanudar el acceso</translation>
    </message>
    <message>
        <source>Saving the permissions</source>
        <translation>Guardar los permisos</translation>
    </message>
    <message>
        <source>Saving the policy</source>
        <translation>Guardar la política</translation>
    </message>
    <message>
        <source>Saving the question</source>
        <translation>Guardar la pregunta</translation>
    </message>
    <message>
        <source>Saving the schedule item</source>
        <translation>Guardar el punto del programa</translation>
    </message>
    <message>
        <source>Saving the ticket type</source>
        <translation>Guardar el tipo de entrada</translation>
    </message>
    <message>
        <source>Turning on the schedule</source>
        <translation>Activar el programa</translation>
    </message>
    <message>
        <source>No events are cached yet: run `checkin-app sync` first.</source>
        <translation>Aún no hay eventos guardados: ejecute antes `checkin-app sync`.</translation>
    </message>
    <message>
        <source>Event {event} is not in the local cache; run sync.</source>
        <translation>El evento {event} no está en la copia local; sincronice.</translation>
    </message>
    <message>
        <source>That is not a ticket code; nothing to admit.</source>
        <translation>Eso no es un código de entrada; no hay nadie que admitir.</translation>
    </message>
    <message>
        <source>No payment is due for this ticket ({reason}).</source>
        <translation>Esta entrada no tiene pagos pendientes ({reason}).</translation>
    </message>
    <message>
        <source>Ticket {ticket} is not checked in.</source>
        <translation>La entrada {ticket} no está registrada.</translation>
    </message>
    <message>
        <source>The guest list has never been downloaded on this station.</source>
        <translation>La lista de invitados nunca se ha descargado en esta estación.</translation>
    </message>
    <message>
        <source>{count} checked in</source>
        <translation>{count} registrados</translation>
    </message>
    <message>
        <source>{count} not admitted</source>
        <translation>{count} no admitidos</translation>
    </message>
    <message>
        <source>Event {event} is not on this station.</source>
        <translation>El evento {event} no está en esta estación.</translation>
    </message>
    <message>
        <source>{count} check-in(s) for {event} are not yet sent to Wix: sync first, then forget (nothing was changed).</source>
        <translation>{count} entrada(s) de {event} aún no se han enviado a Wix: sincronice primero y luego olvide (no se cambió nada).</translation>
    </message>
    <message>
        <source>Cannot write {file}: it is a folder.</source>
        <translation>No se puede escribir {file}: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write {file}: the folder {folder} does not exist.</source>
        <translation>No se puede escribir {file}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}.</source>
        <translation>No se puede escribir {file}: {error}.</translation>
    </message>
    <message>
        <source>Cannot save {file}: {error}.</source>
        <translation>No se puede guardar {file}: {error}.</translation>
    </message>
    <message>
        <source>That sale is not on this station.</source>
        <translation>Esa venta no está en esta estación.</translation>
    </message>
    <message>
        <source>Wix did not mark the order paid (it is {status}). Try again.</source>
        <translation>Wix no marcó el pedido como pagado (está {status}). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Wix says the order is {status}.</source>
        <translation>Wix dice que el pedido está {status}.</translation>
    </message>
    <message>
        <source>The cash was taken for this sale: finish it (Retry) instead of cancelling.</source>
        <translation>El efectivo de esta venta ya se cobró: finalícela (Reintentar) en lugar de cancelarla.</translation>
    </message>
    <message>
        <source>Wix&apos;s answer to the reservation was lost; any held tickets return to stock when the hold expires.</source>
        <translation>Se perdió la respuesta de Wix a la reserva; las entradas reservadas vuelven a la venta cuando caduque la reserva.</translation>
    </message>
    <message>
        <source>Cancelled before Wix held tickets.</source>
        <translation>Cancelada antes de que Wix reservara entradas.</translation>
    </message>
    <message>
        <source>Wix no longer holds it.</source>
        <translation>Wix ya no la mantiene.</translation>
    </message>
    <message>
        <source>Wix has not confirmed the hold on these tickets.</source>
        <translation>Wix no ha confirmado la reserva de estas entradas.</translation>
    </message>
    <message>
        <source>This sale was cancelled; start a new one.</source>
        <translation>Esta venta se canceló; empiece otra.</translation>
    </message>
    <message>
        <source>The hold on these tickets expired; start a new sale.</source>
        <translation>La reserva de estas entradas caducó; empiece una venta nueva.</translation>
    </message>
    <message>
        <source>This sale did not go through; start a new one.</source>
        <translation>Esta venta no se completó; empiece otra.</translation>
    </message>
    <message>
        <source>The sale is {state}.</source>
        <translation>La venta está {state}.</translation>
    </message>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation>Una cantidad no puede ser negativa.</translation>
    </message>
    <message>
        <source>Pick at least one ticket.</source>
        <translation>Elija al menos una entrada.</translation>
    </message>
    <message>
        <source>At most {count} tickets per order for this event.</source>
        <translation>Como máximo {count} entradas por pedido en este evento.</translation>
    </message>
    <message>
        <source>That ticket type is not on sale here; refresh the list.</source>
        <translation>Ese tipo de entrada no está a la venta aquí; actualice la lista.</translation>
    </message>
    <message>
        <source>“{ticket}” is sold out.</source>
        <translation>«{ticket}» está agotada.</translation>
    </message>
    <message>
        <source>“{ticket}” is not on sale now.</source>
        <translation>«{ticket}» no está a la venta ahora.</translation>
    </message>
    <message>
        <source>Only {count} “{ticket}” left.</source>
        <translation>Solo quedan {count} «{ticket}».</translation>
    </message>
    <message>
        <source>{detail} If Wix did hold tickets, they return to stock when the hold expires.</source>
        <translation>{detail} Si Wix reservó entradas, vuelven a la venta cuando caduque la reserva.</translation>
    </message>
    <message>
        <source>The registration form is not complete: 1 answer needs attention (or choose to skip Wix&apos;s form check).</source>
        <translation>El formulario de inscripción no está completo: 1 respuesta necesita atención (o elija saltarse la comprobación del formulario de Wix).</translation>
    </message>
    <message>
        <source>The registration form is not complete: {count} answers need attention (or choose to skip Wix&apos;s form check).</source>
        <translation>El formulario de inscripción no está completo: {count} respuestas necesitan atención (o elija saltarse la comprobación del formulario de Wix).</translation>
    </message>
    <message>
        <source>{wanted} guest forms are needed, {filled} filled in</source>
        <translation>Hacen falta {wanted} formularios de invitado, hay {filled} rellenados</translation>
    </message>
    <message>
        <source>is needed</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>is longer than 50 letters</source>
        <translation>tiene más de 50 letras</translation>
    </message>
    <message>
        <source>is needed (the tickets are sent there)</source>
        <translation>es obligatorio (las entradas se envían ahí)</translation>
    </message>
    <message>
        <source>does not look like an email address</source>
        <translation>no parece una dirección de correo</translation>
    </message>
    <message>
        <source>needs an answer</source>
        <translation>necesita una respuesta</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>no es una de las opciones</translation>
    </message>
    <message>
        <source>is longer than {count} characters</source>
        <translation>tiene más de {count} caracteres</translation>
    </message>
    <message>
        <source>Please fix the dates: {problems}.</source>
        <translation>Corrija las fechas: {problems}.</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>debe ser posterior al inicio</translation>
    </message>
    <message>
        <source>date {number} ends before it starts</source>
        <translation>la fecha {number} termina antes de empezar</translation>
    </message>
    <message>
        <source>Created {kind} event “{event}” ({status}).</source>
        <translation>Se creó el evento ({kind}) «{event}» ({status}).</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>recurring ({count} dates)</source>
        <translation>periódico ({count} fechas)</translation>
    </message>
    <message>
        <source>Copied to “{event}” ({status}).</source>
        <translation>Copiado a «{event}» ({status}).</translation>
    </message>
    <message>
        <source>Loaded “{event}”.</source>
        <translation>«{event}» cargado.</translation>
    </message>
    <message>
        <source>Added ticket type “{ticket}”: {price}, {count} available.</source>
        <translation>Se añadió el tipo de entrada «{ticket}»: {price}, {count} disponibles.</translation>
    </message>
    <message>
        <source>Saved ticket type “{ticket}”: {price}.</source>
        <translation>Se guardó el tipo de entrada «{ticket}»: {price}.</translation>
    </message>
    <message>
        <source>Deleted the ticket type.</source>
        <translation>Se eliminó el tipo de entrada.</translation>
    </message>
    <message>
        <source>Published “{event}” ({status}).</source>
        <translation>«{event}» publicado ({status}).</translation>
    </message>
    <message>
        <source>Unknown time zone {zone}.</source>
        <translation>Zona horaria desconocida {zone}.</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>zona horaria desconocida</translation>
    </message>
    <message>
        <source>The price {price} is not a number.</source>
        <translation>El precio {price} no es un número.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un precio no puede ser negativo.</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>Added the policy “{name}”.</source>
        <translation>Se añadió la política «{name}».</translation>
    </message>
    <message>
        <source>Saved the policy “{name}”.</source>
        <translation>Se guardó la política «{name}».</translation>
    </message>
    <message>
        <source>Deleted the policy “{name}”.</source>
        <translation>Se eliminó la política «{name}».</translation>
    </message>
    <message>
        <source>That policy is no longer on the event.</source>
        <translation>Esa política ya no está en el evento.</translation>
    </message>
    <message>
        <source>“{name}” is already there.</source>
        <translation>«{name}» ya está ahí.</translation>
    </message>
    <message>
        <source>Moved “{name}”.</source>
        <translation>«{name}» movida.</translation>
    </message>
    <message>
        <source>Schedule turned on.</source>
        <translation>Programa activado.</translation>
    </message>
    <message>
        <source>Wix did not turn the schedule on.</source>
        <translation>Wix no activó el programa.</translation>
    </message>
    <message>
        <source>Added “{name}” to the schedule.</source>
        <translation>Se añadió «{name}» al programa.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>«{name}» guardado.</translation>
    </message>
    <message>
        <source>Deleted “{name}” from the schedule.</source>
        <translation>Se eliminó «{name}» del programa.</translation>
    </message>
    <message>
        <source>The item must end after it starts.</source>
        <translation>El punto debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>must be after start</source>
        <translation>debe ser posterior al inicio</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Elija al menos un permiso.</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>elija uno</translation>
    </message>
    <message>
        <source>Wix allows at most four permissions per staff member.</source>
        <translation>Wix permite como máximo cuatro permisos por miembro del equipo.</translation>
    </message>
    <message>
        <source>choose at most four</source>
        <translation>elija cuatro como máximo</translation>
    </message>
    <message>
        <source>Type at least one category name.</source>
        <translation>Escriba al menos un nombre de categoría.</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>Wix creates at most 10 categories at once.</source>
        <translation>Wix crea como máximo 10 categorías a la vez.</translation>
    </message>
    <message>
        <source>too many</source>
        <translation>demasiadas</translation>
    </message>
    <message>
        <source>Created the category “{name}”.</source>
        <translation>Se creó la categoría «{name}».</translation>
    </message>
    <message>
        <source>Created {count} categories.</source>
        <translation>Se crearon {count} categorías.</translation>
    </message>
    <message>
        <source>Created {count} categories. Wix refused {refused}.</source>
        <translation>Se crearon {count} categorías. Wix rechazó {refused}.</translation>
    </message>
    <message>
        <source>The event is in the category.</source>
        <translation>El evento está en la categoría.</translation>
    </message>
    <message>
        <source>Added {name} ({permissions}).</source>
        <translation>Se añadió a {name} ({permissions}).</translation>
    </message>
    <message>
        <source>Added {name} ({permissions}). Their login link is ready.</source>
        <translation>Se añadió a {name} ({permissions}). Su enlace de acceso está listo.</translation>
    </message>
    <message>
        <source>{name} may now: {permissions}.</source>
        <translation>{name} ahora puede: {permissions}.</translation>
    </message>
    <message>
        <source>Paused {name}&apos;s access.</source>
        <translation>Se pausó el acceso de {name}.</translation>
    </message>
    <message>
        <source>{name} has access again.</source>
        <translation>{name} vuelve a tener acceso.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Se quitó a {name}.</translation>
    </message>
    <message>
        <source>Unknown question type {kind}.</source>
        <translation>Tipo de pregunta desconocido {kind}.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>Type the question first.</source>
        <translation>Escriba primero la pregunta.</translation>
    </message>
    <message>
        <source>The question is longer than {count} characters.</source>
        <translation>La pregunta tiene más de {count} caracteres.</translation>
    </message>
    <message>
        <source>must be at most {count} characters</source>
        <translation>como máximo {count} caracteres</translation>
    </message>
    <message>
        <source>This type of question needs at least {count} choices.</source>
        <translation>Este tipo de pregunta necesita al menos {count} opciones.</translation>
    </message>
    <message>
        <source>needs at least {count} choices, separated by commas</source>
        <translation>necesita al menos {count} opciones, separadas por comas</translation>
    </message>
    <message>
        <source>Name and e-mail are always on Wix&apos;s form; change them in the Wix dashboard.</source>
        <translation>El nombre y el correo están siempre en el formulario de Wix; cámbielos en el panel de Wix.</translation>
    </message>
    <message>
        <source>cannot be changed here</source>
        <translation>no se puede cambiar aquí</translation>
    </message>
    <message>
        <source>Name and e-mail cannot be removed from Wix&apos;s form.</source>
        <translation>El nombre y el correo no se pueden quitar del formulario de Wix.</translation>
    </message>
    <message>
        <source>Added the question “{question}” ({count} questions on the form).</source>
        <translation>Se añadió la pregunta «{question}» ({count} preguntas en el formulario).</translation>
    </message>
    <message>
        <source>Saved the question “{question}”.</source>
        <translation>Se guardó la pregunta «{question}».</translation>
    </message>
    <message>
        <source>Deleted the question “{question}”.</source>
        <translation>Se eliminó la pregunta «{question}».</translation>
    </message>
    <message>
        <source>{key} does not open this station&apos;s database {file} (it was made with another key); nothing was changed.</source>
        <translation>{key} no abre la base de datos {file} de esta estación (se creó con otra clave); no se cambió nada.</translation>
    </message>
    <message>
        <source>This station&apos;s guest list is encrypted and its key is not available here (no unlocked keyring entry, no {variable}); nothing was changed. To open it, set {variable2} to this station&apos;s key, or open the app on this computer and unlock the store that keeps it.</source>
        <translation>La lista de invitados de esta estación está cifrada y su clave no está disponible aquí (ninguna entrada desbloqueada en el llavero, ningún {variable}); no se cambió nada. Para abrirla, defina {variable2} con la clave de esta estación, o abra la app en este ordenador y desbloquee el almacén que la guarda.</translation>
    </message>
    <message>
        <source>This station&apos;s database {file} (made {date}) is gone: scans not yet sent to Wix may be lost. Put the file back, or run `checkin-app repair` to start a new, empty one.</source>
        <translation>La base de datos {file} de esta estación (creada el {date}) ha desaparecido: los escaneos aún no enviados a Wix pueden haberse perdido. Vuelva a poner el archivo o ejecute `checkin-app repair` para empezar una nueva y vacía.</translation>
    </message>
    <message>
        <source>No database at {file}: run `checkin-app sync` first to download the guest list.</source>
        <translation>No hay base de datos en {file}: ejecute antes `checkin-app sync` para descargar la lista de invitados.</translation>
    </message>
    <message>
        <source>The database key cannot be read: {error}.</source>
        <translation>No se puede leer la clave de la base de datos: {error}.</translation>
    </message>
    <message>
        <source>A new station keeps its guest list encrypted, and there is no place for its key here (no system keyring): {how}. Nothing was created.</source>
        <translation>Una estación nueva guarda su lista de invitados cifrada, y aquí no hay dónde guardar su clave (no hay llavero del sistema): {how}. No se creó nada.</translation>
    </message>
    <message>
        <source>Cannot keep the database key: {error}.</source>
        <translation>No se puede guardar la clave de la base de datos: {error}.</translation>
    </message>
    <message>
        <source>This station&apos;s guest list was saved unencrypted by an older version and is encrypted on first start, but there is no place for its key here: {how}. Nothing was changed.</source>
        <translation>Una versión anterior guardó sin cifrar la lista de invitados de esta estación; se cifra en el primer inicio, pero aquí no hay dónde guardar su clave: {how}. No se cambió nada.</translation>
    </message>
    <message>
        <source>The database {file} cannot be read: it is damaged, or the key is not this station&apos;s. Nothing was changed. {detail}</source>
        <translation>No se puede leer la base de datos {file}: está dañada o la clave no es la de esta estación. No se cambió nada. {detail}</translation>
    </message>
    <message>
        <source>The database {file} is damaged (or not readable with this station&apos;s key); nothing was decided or changed.</source>
        <translation>La base de datos {file} está dañada (o no se puede leer con la clave de esta estación); no se decidió ni se cambió nada.</translation>
    </message>
    <message>
        <source>The data directory {folder} is read-only.</source>
        <translation>La carpeta de datos {folder} es de solo lectura.</translation>
    </message>
    <message>
        <source>The disk holding {file} is full. Free some space and retry.</source>
        <translation>El disco que contiene {file} está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk holding {file} is full.</source>
        <translation>El disco que contiene {file} está lleno.</translation>
    </message>
    <message>
        <source>Cannot open the database {file} (missing folder or no permission).</source>
        <translation>No se puede abrir la base de datos {file} (falta la carpeta o no hay permiso).</translation>
    </message>
    <message>
        <source>The database {file} is busy in another program.</source>
        <translation>La base de datos {file} está ocupada por otro programa.</translation>
    </message>
    <message>
        <source>Database error in {file}: {error}</source>
        <translation>Error de base de datos en {file}: {error}</translation>
    </message>
    <message>
        <source>The database {file} is damaged: scans are not decided until it is salvaged (restart the app, or run `checkin-app repair`).</source>
        <translation>La base de datos {file} está dañada: no se decide ningún escaneo hasta recuperarla (reinicie la app o ejecute `checkin-app repair`).</translation>
    </message>
    <message>
        <source>The database {file} was written by a newer checkin-app; update the app.</source>
        <translation>La base de datos {file} la escribió una checkin-app más reciente; actualice la app.</translation>
    </message>
    <message>
        <source>Cannot create the data directory {folder}: {error}.</source>
        <translation>No se puede crear la carpeta de datos {folder}: {error}.</translation>
    </message>
    <message>
        <source>Encrypting {file} did not copy every row; the plain file is kept.</source>
        <translation>Al cifrar {file} no se copiaron todas las filas; se conserva el archivo sin cifrar.</translation>
    </message>
    <message>
        <source>The database {file} is in use by another program; close it and start again.</source>
        <translation>La base de datos {file} la está usando otro programa; ciérrelo e inicie de nuevo.</translation>
    </message>
    <message>
        <source>Could not encrypt the database {file}: {error}.</source>
        <translation>No se pudo cifrar la base de datos {file}: {error}.</translation>
    </message>
    <message>
        <source>The encrypted copy of {file} did not verify; nothing changed.</source>
        <translation>La copia cifrada de {file} no se pudo verificar; no se cambió nada.</translation>
    </message>
    <message>
        <source>No passphrase store at {file}.</source>
        <translation>No hay almacén con frase de contraseña en {file}.</translation>
    </message>
    <message>
        <source>Cannot use the passphrase store {file}: {error}.</source>
        <translation>No se puede usar el almacén con frase de contraseña {file}: {error}.</translation>
    </message>
    <message>
        <source>That passphrase does not open the stored secrets.</source>
        <translation>Esa frase de contraseña no abre los secretos guardados.</translation>
    </message>
    <message>
        <source>the passphrase needs at least {count} characters</source>
        <translation>la frase de contraseña necesita al menos {count} caracteres</translation>
    </message>
    <message>
        <source>there is no passphrase store yet on this computer</source>
        <translation>aún no hay un almacén con frase de contraseña en este ordenador</translation>
    </message>
    <message>
        <source>cannot save in the system keyring ({error})</source>
        <translation>no se puede guardar en el llavero del sistema ({error})</translation>
    </message>
    <message>
        <source>cannot reach the system keyring ({error})</source>
        <translation>no se puede acceder al llavero del sistema ({error})</translation>
    </message>
    <message>
        <source>the {what} is empty</source>
        <translation>{what}: está vacío</translation>
    </message>
    <message>
        <source>the {what} contains a line break or another control character inside it; copy it again as one line</source>
        <translation>{what}: contiene un salto de línea u otro carácter de control; cópielo de nuevo en una sola línea</translation>
    </message>
    <message>
        <source>No camera found at index {index}: check that it is plugged in and not used by another program, or choose another camera.</source>
        <translation>No hay cámara con el número {index}: compruebe que está conectada y que ningún otro programa la usa, o elija otra cámara.</translation>
    </message>
    <message>
        <source>Camera {index} was disconnected and did not come back.</source>
        <translation>La cámara {index} se desconectó y no volvió.</translation>
    </message>
    <message>
        <source>No such video file: {file}</source>
        <translation>No existe el archivo de vídeo: {file}</translation>
    </message>
    <message>
        <source>Cannot read {file}: not a video this app can decode.</source>
        <translation>No se puede leer {file}: no es un vídeo que esta app sepa abrir.</translation>
    </message>
    <message>
        <source>No images found in {folder}</source>
        <translation>No hay imágenes en {folder}</translation>
    </message>
    <message>
        <source>Cannot read {file}: the video has no readable frames.</source>
        <translation>No se puede leer {file}: el vídeo no tiene fotogramas legibles.</translation>
    </message>
    <message>
        <source>None of the images could be read.</source>
        <translation>No se pudo leer ninguna imagen.</translation>
    </message>
    <message>
        <source>No such file or folder: {file}</source>
        <translation>No existe el archivo o la carpeta: {file}</translation>
    </message>
    <message>
        <source>No camera, file or folder called {name}: give a camera number (0), a video or image file, a folder of images, or &apos;demo&apos;.</source>
        <translation>No hay cámara, archivo ni carpeta llamados {name}: indique un número de cámara (0), un vídeo o una imagen, una carpeta de imágenes o &apos;demo&apos;.</translation>
    </message>
    <message>
        <source>The hub address must be https://host:port, not {url}.</source>
        <translation>La dirección del hub debe ser https://host:port, no {url}.</translation>
    </message>
    <message>
        <source>Cannot reach the hub at {url} ({error}).</source>
        <translation>No se puede contactar con el hub en {url} ({error}).</translation>
    </message>
    <message>
        <source>The hub presented no certificate.</source>
        <translation>El hub no presentó ningún certificado.</translation>
    </message>
    <message>
        <source>The device at {url} is not the hub that was chosen (its certificate differs): another device may be posing as the hub. Nothing was paired.</source>
        <translation>El dispositivo en {url} no es el hub elegido (su certificado es otro): puede que otro dispositivo se haga pasar por el hub. No se emparejó nada.</translation>
    </message>
    <message>
        <source>The hub stopped answering ({error}).</source>
        <translation>El hub dejó de responder ({error}).</translation>
    </message>
    <message>
        <source>The hub at {url} sent an answer that is not JSON ({status}).</source>
        <translation>El hub en {url} envió una respuesta que no es JSON ({status}).</translation>
    </message>
    <message>
        <source>Too many pairing attempts: wait a minute, or ask for a new code.</source>
        <translation>Demasiados intentos de emparejamiento: espere un minuto o pida un código nuevo.</translation>
    </message>
    <message>
        <source>The hub refused to pair ({status}).</source>
        <translation>El hub rechazó el emparejamiento ({status}).</translation>
    </message>
    <message>
        <source>The hub&apos;s pairing answer is incomplete.</source>
        <translation>La respuesta de emparejamiento del hub está incompleta.</translation>
    </message>
    <message>
        <source>The hub could not prove it knows the code: another device may be posing as the hub on this network. Nothing was paired.</source>
        <translation>El hub no pudo demostrar que conoce el código: puede que otro dispositivo de esta red se haga pasar por el hub. No se emparejó nada.</translation>
    </message>
    <message>
        <source>Wrong or expired pairing code (or the connection to the hub is being intercepted).</source>
        <translation>Código de emparejamiento incorrecto o caducado (o la conexión con el hub está siendo interceptada).</translation>
    </message>
    <message>
        <source>Give the hub&apos;s address (https://host:port) or choose a hub.</source>
        <translation>Indique la dirección del hub (https://host:port) o elija un hub.</translation>
    </message>
    <message>
        <source>The pairing could not be kept in this computer&apos;s secret store.</source>
        <translation>No se pudo guardar el emparejamiento en el almacén de secretos de este equipo.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This panel could not be opened: {error}</source>
        <translation>No se pudo abrir esta vista: {error}</translation>
    </message>
    <message>
        <source>Organizer — {station}</source>
        <translation>Organizador — {station}</translation>
    </message>
    <message>
        <source>Organizer views</source>
        <translation>Vistas del organizador</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Confirme, por favor</translation>
    </message>
    <message>
        <source>What Wix answers appears here.</source>
        <translation>Aquí aparece lo que responde Wix.</translation>
    </message>
    <message>
        <source>What Wix answered</source>
        <translation>Lo que respondió Wix</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próximo</translation>
    </message>
    <message>
        <source>started</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {error}</source>
        <translation>Algo inesperado salió mal: {error}</translation>
    </message>
    <message>
        <source>Event setup</source>
        <translation>Preparar evento</translation>
    </message>
    <message>
        <source>Walk-up sales</source>
        <translation>Venta en la puerta</translation>
    </message>
    <message>
        <source>Live stats</source>
        <translation>Cifras en directo</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Free ticket</source>
        <translation>Entrada gratuita</translation>
    </message>
    <message>
        <source>Admitted with a warning: paid, but the payment gateway suspended the payment</source>
        <translation>Admitido con aviso: pagada, pero la pasarela de pago suspendió el pago</translation>
    </message>
    <message>
        <source>Payment suspended by the payment gateway: not admitted (organizer&apos;s setting)</source>
        <translation>Pago suspendido por la pasarela de pago: no admitido (configuración del organizador)</translation>
    </message>
    <message>
        <source>Admitted with a warning: card authorised, not yet charged (can still be voided)</source>
        <translation>Admitido con aviso: tarjeta autorizada, aún sin cobrar (todavía se puede anular)</translation>
    </message>
    <message>
        <source>Card only authorised, not charged: not admitted (organizer&apos;s setting)</source>
        <translation>Tarjeta solo autorizada, sin cobrar: no admitido (configuración del organizador)</translation>
    </message>
    <message>
        <source>Pay at door</source>
        <translation>Pago en la puerta</translation>
    </message>
    <message>
        <source>Not paid online</source>
        <translation>No pagada en línea</translation>
    </message>
    <message>
        <source>Order only partly paid</source>
        <translation>Pedido pagado solo en parte</translation>
    </message>
    <message>
        <source>Order canceled</source>
        <translation>Pedido cancelado</translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation>Pago rechazado</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>Pago anulado</translation>
    </message>
    <message>
        <source>Order status unknown</source>
        <translation>Estado del pedido desconocido</translation>
    </message>
    <message>
        <source>Archived by the organizer (hidden from Wix&apos;s order list, not canceled)</source>
        <translation>Archivada por el organizador (oculta en la lista de pedidos de Wix, no cancelada)</translation>
    </message>
    <message>
        <source>Not a ticket for this event</source>
        <translation>No es una entrada de este evento</translation>
    </message>
    <message>
        <source>Not a ticket for this event: {event}</source>
        <translation>No es una entrada de este evento: {event}</translation>
    </message>
    <message>
        <source>Ticket not on the guest list</source>
        <translation>La entrada no está en la lista de invitados</translation>
    </message>
    <message>
        <source>Ticket not on the guest list (guest list updated {age})</source>
        <translation>La entrada no está en la lista de invitados (lista actualizada {age})</translation>
    </message>
    <message>
        <source>Guest list not downloaded yet — check by name</source>
        <translation>Lista de invitados aún sin descargar: busque por nombre</translation>
    </message>
    <message>
        <source>Guest list still downloading ({received} of {total}) — check by name</source>
        <translation>La lista de invitados aún se descarga ({received} de {total}): busque por nombre</translation>
    </message>
    <message>
        <source>Ticket no longer on the guest list</source>
        <translation>La entrada ya no está en la lista de invitados</translation>
    </message>
    <message>
        <source>Ticket canceled</source>
        <translation>Entrada cancelada</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Ya registrada</translation>
    </message>
    <message>
        <source>Already checked in at {station}</source>
        <translation>Ya registrada en {station}</translation>
    </message>
    <message>
        <source>{reason}: collect {money}</source>
        <translation>{reason}: cobrar {money}</translation>
    </message>
    <message>
        <source>Not a ticket code</source>
        <translation>No es un código de entrada</translation>
    </message>
    <message>
        <source>Admitted by supervisor (was: {reason})</source>
        <translation>Admitido por el supervisor (antes: {reason})</translation>
    </message>
    <message>
        <source>Payment collected: {money}</source>
        <translation>Pago cobrado: {money}</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Entrada deshecha</translation>
    </message>
    <message>
        <source>No longer on the guest list</source>
        <translation>Ya no está en la lista de invitados</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Tickets</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>Pedido {number}</translation>
    </message>
    <message>
        <source>Paid {time}</source>
        <translation>Pagado {time}</translation>
    </message>
    <message>
        <source>Buyer: {name}</source>
        <translation>Comprador: {name}</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <source>Free tickets: nothing to pay</source>
        <translation>Entradas gratuitas: nada que pagar</translation>
    </message>
    <message>
        <source>Paid by cash</source>
        <translation>Pagado en efectivo</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Pagado con tarjeta</translation>
    </message>
    <message>
        <source>Ticket {number} ({type})</source>
        <translation>Entrada {number} ({type})</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>Estación: {name}</translation>
    </message>
</context>
<context>
    <name>RecentScans</name>
    <message>
        <source>Admitted</source>
        <translation>Admitido</translation>
    </message>
    <message>
        <source>Already in</source>
        <translation>Ya dentro</translation>
    </message>
    <message>
        <source>Not on list</source>
        <translation>No en lista</translation>
    </message>
    <message>
        <source>Wrong event</source>
        <translation>Otro evento</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>Pago pendiente</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>No pagada</translation>
    </message>
    <message>
        <source>Not a ticket</source>
        <translation>No es entrada</translation>
    </message>
    <message>
        <source>List still loading</source>
        <translation>Lista cargando</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>{reason} — {station}</source>
        <translation>{reason} — {station}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <source>(supervisor)</source>
        <translation>(supervisor)</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecha</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>&amp;Deshacer entrada</translation>
    </message>
    <message>
        <source>&amp;Collect payment and admit</source>
        <translation>&amp;Cobrar y admitir</translation>
    </message>
    <message>
        <source>&amp;Admit anyway (supervisor)</source>
        <translation>&amp;Admitir igualmente (supervisor)</translation>
    </message>
    <message>
        <source>&amp;Next guest</source>
        <translation>&amp;Siguiente invitado</translation>
    </message>
    <message>
        <source>Time until the card clears</source>
        <translation>Tiempo hasta que se borre la tarjeta</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Show the ticket&apos;s QR code to the camera</source>
        <translation>Muestre el código QR de la entrada a la cámara</translation>
    </message>
    <message>
        <source>or scan it, or search the guest list</source>
        <translation>o escanéelo, o busque en la lista de invitados</translation>
    </message>
    <message>
        <source>Ready for the next guest</source>
        <translation>Listo para el siguiente invitado</translation>
    </message>
    <message>
        <source>Result: {headline}</source>
        <translation>Resultado: {headline}</translation>
    </message>
    <message>
        <source>ADMIT (supervisor)</source>
        <translation>ADMITIDO (supervisor)</translation>
    </message>
    <message>
        <source>ADMIT</source>
        <translation>ADMITIDO</translation>
    </message>
    <message>
        <source>ALREADY IN</source>
        <translation>YA ENTRÓ</translation>
    </message>
    <message>
        <source>PAYMENT DUE</source>
        <translation>PAGO PENDIENTE</translation>
    </message>
    <message>
        <source>NOT ON THE LIST</source>
        <translation>NO ESTÁ EN LA LISTA</translation>
    </message>
    <message>
        <source>WRONG EVENT</source>
        <translation>OTRO EVENTO</translation>
    </message>
    <message>
        <source>CANCELED</source>
        <translation>CANCELADA</translation>
    </message>
    <message>
        <source>NOT PAID</source>
        <translation>NO PAGADA</translation>
    </message>
    <message>
        <source>NOT A TICKET</source>
        <translation>NO ES UNA ENTRADA</translation>
    </message>
    <message>
        <source>LIST STILL LOADING</source>
        <translation>LISTA CARGANDO</translation>
    </message>
    <message>
        <source>Already checked in at {time} at {station}</source>
        <translation>Ya registrada a las {time} en {station}</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Ya registrada a las {time}</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Ya registrada</translation>
    </message>
    <message>
        <source>This code is not a ticket for any event</source>
        <translation>Este código no es una entrada de ningún evento</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <source>New shift</source>
        <translation>Nuevo turno</translation>
    </message>
    <message>
        <source>Count totals from now (e.g. after emptying the till)</source>
        <translation>Contar los totales desde ahora (p. ej., tras vaciar la caja)</translation>
    </message>
    <message>
        <source>Choose the event at the door first.</source>
        <translation>Elija primero el evento en la puerta.</translation>
    </message>
    <message>
        <source>Scan with your phone to pay {amount}</source>
        <translation>Escanee con el móvil para pagar {amount}</translation>
    </message>
    <message numerus="yes">
        <source>This shift: %n tickets, {revenue} · cash in drawer: {cash}</source>
        <translation>
            <numerusform>Este turno: %n entrada, {revenue} · efectivo en caja: {cash}</numerusform>
            <numerusform>Este turno: %n entradas, {revenue} · efectivo en caja: {cash}</numerusform>
        </translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>as the buyer</source>
        <translation>como el comprador</translation>
    </message>
    <message>
        <source>The tickets are emailed here</source>
        <translation>Las entradas se envían aquí</translation>
    </message>
    <message>
        <source>Let Wix take the order without the form&apos;s answers</source>
        <translation>Dejar que Wix acepte el pedido sin las respuestas del formulario</translation>
    </message>
    <message>
        <source>Skip Wix&apos;s form check</source>
        <translation>Saltar la comprobación del formulario de Wix</translation>
    </message>
    <message>
        <source>Sends the order with ignoreFormValidation; answers can be missing</source>
        <translation>Envía el pedido con ignoreFormValidation; pueden faltar respuestas</translation>
    </message>
    <message>
        <source>Wix then accepts the order even when required answers are missing.</source>
        <translation>Wix acepta entonces el pedido aunque falten respuestas obligatorias.</translation>
    </message>
    <message>
        <source>Guest {number}</source>
        <translation>Invitado {number}</translation>
    </message>
    <message>
        <source>Registration questions</source>
        <translation>Preguntas de inscripción</translation>
    </message>
    <message>
        <source>Sales need the network, and Wix cannot be reached. The door keeps working: scans are saved and sent later.</source>
        <translation>Las ventas necesitan la red, y no se puede contactar con Wix. La puerta sigue funcionando: los escaneos se guardan y se envían después.</translation>
    </message>
    <message>
        <source>Finish or cancel the current sale before switching events.</source>
        <translation>Termine o cancele la venta en curso antes de cambiar de evento.</translation>
    </message>
    <message>
        <source>Pick how many tickets the guest wants.</source>
        <translation>Elija cuántas entradas quiere el invitado.</translation>
    </message>
    <message>
        <source>Holding the tickets…</source>
        <translation>Reservando las entradas…</translation>
    </message>
    <message>
        <source>Tickets held. Take the guest&apos;s name and email, then the payment.</source>
        <translation>Entradas reservadas. Anote el nombre y el correo del invitado y luego cobre.</translation>
    </message>
    <message>
        <source>Recording the cash sale…</source>
        <translation>Registrando la venta en efectivo…</translation>
    </message>
    <message>
        <source>Making the order for card payment…</source>
        <translation>Creando el pedido para pago con tarjeta…</translation>
    </message>
    <message>
        <source>Sold. The tickets are ready to check in.</source>
        <translation>Vendido. Las entradas ya se pueden registrar.</translation>
    </message>
    <message>
        <source>Sale cancelled: the tickets are back on sale.</source>
        <translation>Venta cancelada: las entradas vuelven a estar a la venta.</translation>
    </message>
    <message>
        <source>The hold expired: the tickets are back on sale.</source>
        <translation>La reserva caducó: las entradas vuelven a estar a la venta.</translation>
    </message>
    <message>
        <source>The sale did not go through.</source>
        <translation>La venta no se completó.</translation>
    </message>
    <message>
        <source>Let the guest scan the code and pay on their phone.</source>
        <translation>Deje que el invitado escanee el código y pague en su móvil.</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n sales left from before.</source>
        <translation>
            <numerusform>Se terminó %n venta pendiente de antes.</numerusform>
            <numerusform>Se terminaron %n ventas pendientes de antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held for {time}</source>
        <translation>Reservado durante {time}</translation>
    </message>
    <message>
        <source>Paid {amount}</source>
        <translation>Pagado {amount}</translation>
    </message>
    <message>
        <source>Cancel or finish this sale first.</source>
        <translation>Cancele o termine antes esta venta.</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Reserva caducada</translation>
    </message>
    <message>
        <source>Waiting for the payment</source>
        <translation>Esperando el pago</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Did not go through</source>
        <translation>No se completó</translation>
    </message>
    <message>
        <source>Holding…</source>
        <translation>Reservando…</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Agotada</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>No a la venta</translation>
    </message>
    <message>
        <source>Tickets on sale</source>
        <translation>Entradas a la venta</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Quedan</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh availability</source>
        <translation>Actualizar disponibilidad</translation>
    </message>
    <message>
        <source>Ask Wix how many tickets of each type are left</source>
        <translation>Preguntar a Wix cuántas entradas quedan de cada tipo</translation>
    </message>
    <message>
        <source>Ask Wix how many tickets are left</source>
        <translation>Preguntar a Wix cuántas entradas quedan</translation>
    </message>
    <message>
        <source>How many: {ticket}</source>
        <translation>Cuántas: {ticket}</translation>
    </message>
    <message>
        <source>Hold these tickets</source>
        <translation>Reservar estas entradas</translation>
    </message>
    <message>
        <source>Reserve the chosen tickets while the guest decides</source>
        <translation>Reservar las entradas elegidas mientras el invitado decide</translation>
    </message>
    <message>
        <source>Cash received: sell</source>
        <translation>Efectivo recibido: vender</translation>
    </message>
    <message>
        <source>Card: show pay code</source>
        <translation>Tarjeta: mostrar código de pago</translation>
    </message>
    <message>
        <source>Show a code the guest scans to pay by card on their phone</source>
        <translation>Mostrar un código que el invitado escanea para pagar con tarjeta en su móvil</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Cancelar venta</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ask Wix where this sale stands and finish it</source>
        <translation>Preguntar a Wix cómo está esta venta y terminarla</translation>
    </message>
    <message>
        <source>Payment code</source>
        <translation>Código de pago</translation>
    </message>
    <message>
        <source>Issue the free tickets</source>
        <translation>Emitir las entradas gratuitas</translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation>Entradas vendidas</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Código de la entrada</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Registrar entrada ahora</translation>
    </message>
    <message>
        <source>Save as picture…</source>
        <translation>Guardar como imagen…</translation>
    </message>
    <message>
        <source>Pictures (*.png)</source>
        <translation>Imágenes (*.png)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Next guest</source>
        <translation>Siguiente invitado</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Save the ticket</source>
        <translation>Guardar la entrada</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Guardado {file}</translation>
    </message>
    <message>
        <source>Cannot save {file}: the folder does not exist.</source>
        <translation>No se puede guardar {file}: la carpeta no existe.</translation>
    </message>
    <message>
        <source>Cannot save {file}: the file cannot be written.</source>
        <translation>No se puede guardar {file}: no se puede escribir el archivo.</translation>
    </message>
    <message>
        <source>Cannot save {file}: nothing was written.</source>
        <translation>No se puede guardar {file}: no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Where to keep the keys</source>
        <translation>Dónde guardar las claves</translation>
    </message>
    <message>
        <source>This computer has no system keyring (or it is locked). Check-in needs a safe place for the Wix API key and the key that encrypts the guest list.</source>
        <translation>Este ordenador no tiene llavero del sistema (o está bloqueado). Check-in necesita un lugar seguro para la clave API de Wix y la clave que cifra la lista de invitados.</translation>
    </message>
    <message>
        <source>Unlock the keys saved with a passphrase</source>
        <translation>Desbloquear las claves guardadas con frase de contraseña</translation>
    </message>
    <message>
        <source>Keep them in a file protected by a passphrase (recommended)</source>
        <translation>Guardarlas en un archivo protegido con frase de contraseña (recomendado)</translation>
    </message>
    <message>
        <source>Keep them for this session only</source>
        <translation>Guardarlas solo durante esta sesión</translation>
    </message>
    <message>
        <source>Nothing is saved: the API key is asked again next time, and check-ins not yet sent to Wix when the app closes cannot be read again.</source>
        <translation>No se guarda nada: la clave API se pide de nuevo la próxima vez, y las entradas no enviadas a Wix al cerrar la app no podrán volver a leerse.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>La frase de contraseña necesita al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Las dos frases de contraseña son distintas.</translation>
    </message>
    <message>
        <source>That passphrase does not open the saved keys.</source>
        <translation>Esa frase de contraseña no abre las claves guardadas.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Station settings</source>
        <translation>Configuración de la estación</translation>
    </message>
    <message>
        <source>e.g. Door 2</source>
        <translation>p. ej., Puerta 2</translation>
    </message>
    <message>
        <source>Saved; type a new one to replace it</source>
        <translation>Guardada; escriba otra para reemplazarla</translation>
    </message>
    <message>
        <source>Paste the API key from the Wix API Keys Manager</source>
        <translation>Pegue la clave API del gestor de claves API de Wix</translation>
    </message>
    <message>
        <source>Automatic (first camera)</source>
        <translation>Automática (primera cámara)</translation>
    </message>
    <message>
        <source>Camera {n}</source>
        <translation>Cámara {n}</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>Cámara de demostración</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <source>Play a sound for each scan</source>
        <translation>Sonar en cada escaneo</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Déjelo vacío para conservar el PIN actual</translation>
    </message>
    <message>
        <source>No PIN: anyone can change settings</source>
        <translation>Sin PIN: cualquiera puede cambiar la configuración</translation>
    </message>
    <message>
        <source>Remove the PIN (no door mode)</source>
        <translation>Quitar el PIN (sin modo puerta)</translation>
    </message>
    <message>
        <source>Admit guests whose payment the gateway suspended (PENDING)</source>
        <translation>Admitir a invitados cuyo pago suspendió la pasarela (PENDING)</translation>
    </message>
    <message>
        <source>Admit guests whose card is authorised but not charged (AUTHORIZED)</source>
        <translation>Admitir a invitados con tarjeta autorizada pero sin cobrar (AUTHORIZED)</translation>
    </message>
    <message>
        <source>Admit suspended payments</source>
        <translation>Admitir pagos suspendidos</translation>
    </message>
    <message>
        <source>Admit authorised card payments</source>
        <translation>Admitir pagos con tarjeta autorizados</translation>
    </message>
    <message>
        <source>Admitted guests get a warning on the card; unticked, they are turned away and a supervisor can still admit them.</source>
        <translation>Los invitados admitidos reciben un aviso en la tarjeta; si se desmarca, se les rechaza y un supervisor aún puede admitirlos.</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Esta estación</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Nombre de la estación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Clear the result after</source>
        <translation>Borrar el resultado tras</translation>
    </message>
    <message>
        <source>Wix connection</source>
        <translation>Conexión con Wix</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>ID del sitio</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Payments Wix is still settling</source>
        <translation>Pagos que Wix aún está tramitando</translation>
    </message>
    <message>
        <source>Supervisor PIN (door mode)</source>
        <translation>PIN del supervisor (modo puerta)</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <source> days after the event</source>
        <translation> días tras el evento</translation>
    </message>
    <message>
        <source>Guest data</source>
        <translation>Datos de invitados</translation>
    </message>
    <message>
        <source>Forget guest names</source>
        <translation>Olvidar nombres</translation>
    </message>
    <message>
        <source>Keys kept in {store}.</source>
        <translation>Claves guardadas en {store}.</translation>
    </message>
    <message>
        <source>What is held, and until when…</source>
        <translation>Qué se guarda y hasta cuándo…</translation>
    </message>
    <message>
        <source>Could not save the API key: {error}</source>
        <translation>No se pudo guardar la clave API: {error}</translation>
    </message>
    <message>
        <source>Enter the site ID that the API key belongs to.</source>
        <translation>Introduzca el ID del sitio al que pertenece la clave API.</translation>
    </message>
    <message>
        <source>The server must start with https://</source>
        <translation>El servidor debe empezar por https://</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} digits.</source>
        <translation>El PIN necesita al menos {n} cifras.</translation>
    </message>
    <message>
        <source>The two PINs are different.</source>
        <translation>Los dos PIN son distintos.</translation>
    </message>
    <message>
        <source>Resolution looks like 1280x720.</source>
        <translation>La resolución se escribe como 1280x720.</translation>
    </message>
    <message>
        <source>Door mode and accessibility</source>
        <translation>Modo puerta y accesibilidad</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>With a supervisor PIN, door mode locks again after this long without a supervisor action, and whenever the computer wakes from sleep.</source>
        <translation>Con un PIN de supervisor, el modo puerta se vuelve a bloquear tras este tiempo sin acciones del supervisor y siempre que el ordenador sale de la suspensión.</translation>
    </message>
    <message>
        <source>Speak each verdict (e.g. “Admit, Anna Lee, VIP”)</source>
        <translation>Decir cada veredicto (p. ej., «Admitido, Anna Lee, VIP»)</translation>
    </message>
    <message>
        <source>Large text and high contrast</source>
        <translation>Letra grande y alto contraste</translation>
    </message>
    <message>
        <source>Lock door mode after</source>
        <translation>Bloquear el modo puerta tras</translation>
    </message>
    <message>
        <source>Same as this computer ({language})</source>
        <translation>Como este ordenador ({language})</translation>
    </message>
    <message>
        <source>A new language applies the next time Check-in starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Check-in.</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>Event to set up</source>
        <translation>Evento a preparar</translation>
    </message>
    <message>
        <source>Load from Wix</source>
        <translation>Cargar de Wix</translation>
    </message>
    <message>
        <source>Read the chosen event and its ticket types from Wix</source>
        <translation>Leer de Wix el evento elegido y sus tipos de entrada</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Pasos de preparación</translation>
    </message>
    <message>
        <source>1 Event</source>
        <translation>1 Evento</translation>
    </message>
    <message>
        <source>2 Tickets</source>
        <translation>2 Entradas</translation>
    </message>
    <message>
        <source>3 Form</source>
        <translation>3 Formulario</translation>
    </message>
    <message>
        <source>4 Policies</source>
        <translation>4 Políticas</translation>
    </message>
    <message>
        <source>5 Schedule</source>
        <translation>5 Programa</translation>
    </message>
    <message>
        <source>6 Categories</source>
        <translation>6 Categorías</translation>
    </message>
    <message>
        <source>7 Staff</source>
        <translation>7 Equipo</translation>
    </message>
    <message>
        <source>8 Publish</source>
        <translation>8 Publicar</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <source>What Wix answered</source>
        <translation>Lo que respondió Wix</translation>
    </message>
    <message>
        <source>— choose an event —</source>
        <translation>— elija un evento —</translation>
    </message>
    <message>
        <source>No event chosen: create or copy one in step 1.</source>
        <translation>Ningún evento elegido: cree o copie uno en el paso 1.</translation>
    </message>
    <message>
        <source>Setting up: {event} ({status}) — the door&apos;s event</source>
        <translation>Preparando: {event} ({status}) — el evento de la puerta</translation>
    </message>
    <message>
        <source>Setting up: {event} ({status})</source>
        <translation>Preparando: {event} ({status})</translation>
    </message>
    <message>
        <source>Choose an event to load.</source>
        <translation>Elija un evento para cargar.</translation>
    </message>
    <message>
        <source>Wix allows three policies per event. Pick one to change, move or delete it.</source>
        <translation>Wix permite tres políticas por evento. Elija una para cambiarla, moverla o eliminarla.</translation>
    </message>
    <message>
        <source>Policies, in the order guests see them</source>
        <translation>Políticas, en el orden en que las ven los invitados</translation>
    </message>
    <message>
        <source>e.g. Refund policy</source>
        <translation>p. ej., Política de reembolso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Añadir política</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Delete the policy “%1” on Wix?</source>
        <translation>¿Eliminar la política «%1» en Wix?</translation>
    </message>
    <message>
        <source>Turn on the schedule</source>
        <translation>Activar el programa</translation>
    </message>
    <message>
        <source>Guests see the schedule on the event page; changes here are published at once. Pick an item to change or delete it.</source>
        <translation>Los invitados ven el programa en la página del evento; los cambios se publican al momento. Elija un punto para cambiarlo o eliminarlo.</translation>
    </message>
    <message>
        <source>Schedule items</source>
        <translation>Puntos del programa</translation>
    </message>
    <message>
        <source>e.g. Doors open</source>
        <translation>p. ej., Apertura de puertas</translation>
    </message>
    <message>
        <source>e.g. Main stage (optional)</source>
        <translation>p. ej., Escenario principal (opcional)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Add to the schedule</source>
        <translation>Añadir al programa</translation>
    </message>
    <message>
        <source>Delete “%1” from the schedule on Wix?</source>
        <translation>¿Eliminar «%1» del programa en Wix?</translation>
    </message>
    <message>
        <source>e.g. Summer Gala</source>
        <translation>p. ej., Gala de verano</translation>
    </message>
    <message>
        <source>Online event (no venue)</source>
        <translation>Evento en línea (sin recinto)</translation>
    </message>
    <message>
        <source>Online event</source>
        <translation>Evento en línea</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>Nombre del recinto</translation>
    </message>
    <message>
        <source>Street, city</source>
        <translation>Calle, ciudad</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Further dates</source>
        <translation>Más fechas</translation>
    </message>
    <message>
        <source>Another date</source>
        <translation>Otra fecha</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Añadir fecha</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen date</source>
        <translation>Quitar la fecha elegida</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Recinto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Max per order</source>
        <translation>Máximo por pedido</translation>
    </message>
    <message>
        <source>Hold tickets for</source>
        <translation>Reservar entradas durante</translation>
    </message>
    <message>
        <source>Also on</source>
        <translation>También el</translation>
    </message>
    <message>
        <source>Create draft event</source>
        <translation>Crear evento borrador</translation>
    </message>
    <message>
        <source>Title of the copy</source>
        <translation>Título de la copia</translation>
    </message>
    <message>
        <source>Title of the copy (optional)</source>
        <translation>Título de la copia (opcional)</translation>
    </message>
    <message>
        <source>Copy as a new draft</source>
        <translation>Copiar como nuevo borrador</translation>
    </message>
    <message>
        <source>Copy the event chosen above (form, tickets, settings)</source>
        <translation>Copiar el evento elegido arriba (formulario, entradas, configuración)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Or copy the chosen event&lt;/b&gt;</source>
        <translation>&lt;b&gt;O copie el evento elegido&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nuevo título</translation>
    </message>
    <message>
        <source>Choose the event to copy in the list above.</source>
        <translation>Elija arriba, en la lista, el evento que quiere copiar.</translation>
    </message>
    <message>
        <source>Publishing puts the event on sale on your site. It cannot be undone: a published event cannot go back to draft.</source>
        <translation>Publicar pone el evento a la venta en su sitio. No se puede deshacer: un evento publicado no vuelve a ser borrador.</translation>
    </message>
    <message>
        <source>I understand, publish it</source>
        <translation>Entendido, publicarlo</translation>
    </message>
    <message>
        <source>Confirm publishing</source>
        <translation>Confirmar la publicación</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Use this event at the door</source>
        <translation>Usar este evento en la puerta</translation>
    </message>
    <message>
        <source>Check in guests</source>
        <translation>Registrar la entrada de invitados</translation>
    </message>
    <message>
        <source>Sell tickets</source>
        <translation>Vender entradas</translation>
    </message>
    <message>
        <source>Add guests</source>
        <translation>Añadir invitados</translation>
    </message>
    <message>
        <source>See sales figures</source>
        <translation>Ver las cifras de venta</translation>
    </message>
    <message>
        <source>See form answers</source>
        <translation>Ver las respuestas del formulario</translation>
    </message>
    <message>
        <source>not logged in yet</source>
        <translation>aún no ha entrado</translation>
    </message>
    <message>
        <source>has access</source>
        <translation>tiene acceso</translation>
    </message>
    <message>
        <source>access paused</source>
        <translation>acceso pausado</translation>
    </message>
    <message>
        <source>One category per line (up to 10)</source>
        <translation>Una categoría por línea (hasta 10)</translation>
    </message>
    <message>
        <source>New categories</source>
        <translation>Nuevas categorías</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Put the event in this category</source>
        <translation>Poner el evento en esta categoría</translation>
    </message>
    <message>
        <source>Create a category first.</source>
        <translation>Cree antes una categoría.</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>todos los eventos</translation>
    </message>
    <message>
        <source>Staff check guests in with the Check-in by Wix app on their phone. Pick someone to change what they may do, or to pause their access.</source>
        <translation>El equipo registra la entrada de los invitados con la app Check-in by Wix en su móvil. Elija a alguien para cambiar lo que puede hacer o pausar su acceso.</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <source>e.g. Sam at the door</source>
        <translation>p. ej., Sam en la puerta</translation>
    </message>
    <message>
        <source>Only for this event</source>
        <translation>Solo para este evento</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Puede</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Añadir miembro</translation>
    </message>
    <message>
        <source>Save permissions</source>
        <translation>Guardar permisos</translation>
    </message>
    <message>
        <source>Pause access</source>
        <translation>Pausar acceso</translation>
    </message>
    <message>
        <source>Their login link stops working until you resume it</source>
        <translation>Su enlace de acceso deja de funcionar hasta que lo reanude</translation>
    </message>
    <message>
        <source>Resume access</source>
        <translation>Reanudar acceso</translation>
    </message>
    <message>
        <source>Login link: {link}</source>
        <translation>Enlace de acceso: {link}</translation>
    </message>
    <message>
        <source>Remove %1? Their login link stops working.</source>
        <translation>¿Quitar a %1? Su enlace de acceso dejará de funcionar.</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Respuesta corta</translation>
    </message>
    <message>
        <source>Drop-down</source>
        <translation>Lista desplegable</translation>
    </message>
    <message>
        <source>Check boxes</source>
        <translation>Casillas</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Una opción</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Additional guests</source>
        <translation>Invitados adicionales</translation>
    </message>
    <message>
        <source>, must answer</source>
        <translation>, obligatoria</translation>
    </message>
    <message>
        <source> (always asked)</source>
        <translation> (siempre se pregunta)</translation>
    </message>
    <message>
        <source>Questions on the form</source>
        <translation>Preguntas del formulario</translation>
    </message>
    <message>
        <source>Guests answer these questions at checkout.</source>
        <translation>Los invitados responden estas preguntas al comprar.</translation>
    </message>
    <message>
        <source>e.g. Company</source>
        <translation>p. ej., Empresa</translation>
    </message>
    <message>
        <source>Guests must answer</source>
        <translation>Respuesta obligatoria</translation>
    </message>
    <message>
        <source>Choices, separated by commas</source>
        <translation>Opciones, separadas por comas</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>Save the changes to the question picked in the list</source>
        <translation>Guardar los cambios de la pregunta elegida en la lista</translation>
    </message>
    <message>
        <source>Delete the question picked in the list</source>
        <translation>Eliminar la pregunta elegida en la lista</translation>
    </message>
    <message>
        <source>Delete the question “%1” from the form on Wix?</source>
        <translation>¿Eliminar la pregunta «%1» del formulario en Wix?</translation>
    </message>
    <message>
        <source>Not connected to Wix: setting up an event needs the network. You can type now; nothing is sent until the station is connected.</source>
        <translation>Sin conexión con Wix: preparar un evento necesita la red. Puede escribir ya; no se envía nada hasta que la estación esté conectada.</translation>
    </message>
    <message>
        <source>Choose or create an event first.</source>
        <translation>Elija o cree antes un evento.</translation>
    </message>
    <message>
        <source>Sending to Wix…</source>
        <translation>Enviando a Wix…</translation>
    </message>
    <message>
        <source>Wix refused: {error}</source>
        <translation>Wix lo rechazó: {error}</translation>
    </message>
    <message>
        <source>Fee added at checkout</source>
        <translation>Comisión añadida al comprar</translation>
    </message>
    <message>
        <source>Fee included</source>
        <translation>Comisión incluida</translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation>Tipos de entrada</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendidas</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>e.g. General Admission</source>
        <translation>p. ej., Entrada general</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Free ticket</source>
        <translation>Entrada gratuita</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitada</translation>
    </message>
    <message>
        <source>Unlimited quantity</source>
        <translation>Cantidad ilimitada</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Sale starts</source>
        <translation>Inicio de venta</translation>
    </message>
    <message>
        <source>Sale ends</source>
        <translation>Fin de venta</translation>
    </message>
    <message>
        <source>{field}: set a date</source>
        <translation>{field}: fijar una fecha</translation>
    </message>
    <message>
        <source>Add ticket type</source>
        <translation>Añadir tipo de entrada</translation>
    </message>
    <message>
        <source>Save the changes to the ticket type picked in the table</source>
        <translation>Guardar los cambios del tipo de entrada elegido en la tabla</translation>
    </message>
    <message>
        <source>Delete the ticket type picked in the table</source>
        <translation>Eliminar el tipo de entrada elegido en la tabla</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>a la venta</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programada</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>Pick the ticket type to change in the list.</source>
        <translation>Elija en la lista el tipo de entrada que quiere cambiar.</translation>
    </message>
    <message>
        <source>Pick the ticket type to delete in the list.</source>
        <translation>Elija en la lista el tipo de entrada que quiere eliminar.</translation>
    </message>
    <message>
        <source>Delete the ticket type “%1” on Wix?</source>
        <translation>¿Eliminar el tipo de entrada «%1» en Wix?</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Qt TextToSpeech is not available ({error}).</source>
        <translation>Qt TextToSpeech no está disponible ({error}).</translation>
    </message>
    <message>
        <source>No speech engine is installed on this computer, so verdicts are not spoken (on Linux install speech-dispatcher and a voice such as espeak-ng).</source>
        <translation>Este ordenador no tiene ningún motor de voz, así que los veredictos no se dicen en voz alta (en Linux, instale speech-dispatcher y una voz como espeak-ng).</translation>
    </message>
    <message>
        <source>The speech engine “{engine}” does not work here: {error}</source>
        <translation>El motor de voz «{engine}» no funciona aquí: {error}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>Share of sold tickets checked in</source>
        <translation>Parte de las entradas vendidas ya registradas</translation>
    </message>
    <message>
        <source>Refresh from Wix</source>
        <translation>Actualizar desde Wix</translation>
    </message>
    <message>
        <source>Ask Wix for the latest sales</source>
        <translation>Preguntar a Wix las últimas ventas</translation>
    </message>
    <message>
        <source>Export scans…</source>
        <translation>Exportar escaneos…</translation>
    </message>
    <message>
        <source>Export the scan log</source>
        <translation>Exportar el registro de escaneos</translation>
    </message>
    <message>
        <source>Every scan at this station, turned-away guests included, as CSV</source>
        <translation>Cada escaneo en esta estación, invitados rechazados incluidos, en CSV</translation>
    </message>
    <message>
        <source>Figures per ticket type</source>
        <translation>Cifras por tipo de entrada</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendidas</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Aforo</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservadas</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registradas</translation>
    </message>
    <message>
        <source>Choose the event at the door to see its figures.</source>
        <translation>Elija el evento en la puerta para ver sus cifras.</translation>
    </message>
    <message>
        <source>Offline: these figures come from this station&apos;s cache.</source>
        <translation>Sin conexión: estas cifras vienen de la copia local de esta estación.</translation>
    </message>
    <message>
        <source>Asking Wix for the latest sales…</source>
        <translation>Preguntando a Wix las últimas ventas…</translation>
    </message>
    <message>
        <source>Offline: figures from this station&apos;s cache (ages below).</source>
        <translation>Sin conexión: cifras de la copia local de esta estación (antigüedad abajo).</translation>
    </message>
    <message>
        <source>Checked in: {checked} / {sold} sold ({percent})</source>
        <translation>Registradas: {checked} / {sold} vendidas ({percent})</translation>
    </message>
    <message>
        <source>Revenue: {revenue} ({source})</source>
        <translation>Ingresos: {revenue} ({source})</translation>
    </message>
    <message>
        <source>Walk-up sales here: {sales}, {tickets}, {revenue} (cash {cash})</source>
        <translation>Ventas en la puerta aquí: {sales}, {tickets}, {revenue} (efectivo {cash})</translation>
    </message>
    <message numerus="yes">
        <source>%n sales</source>
        <translation>
            <numerusform>%n venta</numerusform>
            <numerusform>%n ventas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrivals by station: {stations}</source>
        <translation>Llegadas por estación: {stations}</translation>
    </message>
    <message>
        <source>Guest list as of {age}</source>
        <translation>Lista de invitados actualizada {age}</translation>
    </message>
    <message>
        <source>Guest list never downloaded</source>
        <translation>Lista de invitados nunca descargada</translation>
    </message>
    <message>
        <source>sales summary as of {age}</source>
        <translation>resumen de ventas actualizado {age}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n scans ({detail}) to {file}</source>
        <translation>
            <numerusform>Se escribió %n escaneo ({detail}) en {file}</numerusform>
            <numerusform>Se escribieron %n escaneos ({detail}) en {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}, %n orders</source>
        <translation>
            <numerusform>{source}, %n pedido</numerusform>
            <numerusform>{source}, %n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Wix orders summary</source>
        <translation>resumen de pedidos de Wix</translation>
    </message>
    <message>
        <source>estimated from the guest list</source>
        <translation>estimado a partir de la lista de invitados</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>aún no hay cifras</translation>
    </message>
    <message>
        <source>Choose the event at the door first.</source>
        <translation>Elija primero el evento en la puerta.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>other devices</source>
        <translation>otros dispositivos</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes</source>
        <translation>Llegadas cada 5 minutos</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes: nobody yet</source>
        <translation>Llegadas cada 5 minutos: nadie todavía</translation>
    </message>
    <message>
        <source>Nobody has arrived yet</source>
        <translation>Todavía no ha llegado nadie</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes ({zone})</source>
        <translation>Llegadas cada 5 minutos ({zone})</translation>
    </message>
    <message numerus="yes">
        <source>%n arrivals in the last two hours</source>
        <translation>
            <numerusform>%n llegada en las últimas dos horas</numerusform>
            <numerusform>%n llegadas en las últimas dos horas</numerusform>
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
        <translation>El reloj de este ordenador va {amount} adelantado</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} slow</source>
        <translation>El reloj de este ordenador va {amount} atrasado</translation>
    </message>
    <message>
        <source>Mode: offline (deciding here)</source>
        <translation>Modo: sin conexión (decide aquí)</translation>
    </message>
    <message>
        <source>Mode: venue hub</source>
        <translation>Modo: hub del recinto</translation>
    </message>
    <message>
        <source>Mode: direct to Wix</source>
        <translation>Modo: directo a Wix</translation>
    </message>
    <message>
        <source>⇣ Guest list still downloading: {so_far}</source>
        <translation>⇣ Lista de invitados descargándose: {so_far}</translation>
    </message>
    <message>
        <source>Guest list from {age}; checking it again ({share})</source>
        <translation>Lista de invitados actualizada {age}; comprobándola de nuevo ({share})</translation>
    </message>
    <message>
        <source>Wix asked to slow down, waiting {time}</source>
        <translation>Wix pidió ir más despacio; esperando {time}</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connection problems</source>
        <translation>Problemas de conexión</translation>
    </message>
    <message>
        <source>Offline: check-ins are kept and upload later</source>
        <translation>Sin conexión: las entradas se guardan y se envían después</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not connected to Wix</source>
        <translation>Sin conexión con Wix</translation>
    </message>
    <message numerus="yes">
        <source>⇡ %n waiting to upload</source>
        <translation>
            <numerusform>⇡ %n pendiente de envío</numerusform>
            <numerusform>⇡ %n pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n need attention…</source>
        <translation>
            <numerusform>⚠ %n requiere atención…</numerusform>
            <numerusform>⚠ %n requieren atención…</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ All check-ins uploaded</source>
        <translation>✔ Todas las entradas enviadas</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Last sync {age}</source>
        <translation>Última sincronización {age}</translation>
    </message>
</context>
</TS>
