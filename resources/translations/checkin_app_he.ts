<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Select all rows</source>
        <translation>בחירת כל השורות</translation>
    </message>
    <message>
        <source>More items</source>
        <translation>פריטים נוספים</translation>
    </message>
</context>
<context>
    <name>Ages</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>לפני %n שנ׳</numerusform>
            <numerusform>לפני %n שנ׳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>לפני %n דק׳</numerusform>
            <numerusform>לפני %n דק׳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>לפני %n שע׳</numerusform>
            <numerusform>לפני %n שע׳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>לפני יום</numerusform>
            <numerusform>לפני %n ימים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Check-in</source>
        <translation>צ&apos;ק-אין</translation>
    </message>
    <message>
        <source>Check-in is already open for this data folder ({folder}). Switch to that window, or start this one with --data-dir pointing elsewhere.</source>
        <translation>צ&apos;ק-אין כבר פתוח עבור תיקיית הנתונים הזו ({folder}). יש לעבור לחלון ההוא, או להפעיל את החלון הזה עם --data-dir לתיקייה אחרת.</translation>
    </message>
    <message>
        <source>Event {event} is not in the local cache and Wix cannot be reached to download it: run `checkin-app sync --event` first.</source>
        <translation>האירוע {event} לא נמצא בעותק המקומי, ואין חיבור ל-Wix כדי להוריד אותו: יש להריץ קודם `checkin-app sync --event`.</translation>
    </message>
    <message>
        <source>The database was repaired</source>
        <translation>מסד הנתונים תוקן</translation>
    </message>
    <message>
        <source>Check-in cannot start</source>
        <translation>צ&apos;ק-אין לא יכול לעלות</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Check-in</source>
        <translation>צ&apos;ק-אין</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>ביטול צ&apos;ק-אין</translation>
    </message>
    <message>
        <source>Payment at door</source>
        <translation>תשלום בכניסה</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>דורש טיפול</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>כרטיס</translation>
    </message>
    <message>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>ניסיונות</translation>
    </message>
    <message>
        <source>Why Wix refused</source>
        <translation>למה Wix סירב</translation>
    </message>
    <message>
        <source>Admitted here</source>
        <translation>הוכנס כאן</translation>
    </message>
    <message>
        <source>At</source>
        <translation>בשעה</translation>
    </message>
    <message>
        <source>Also checked in on Wix at</source>
        <translation>נרשם גם ב-Wix בשעה</translation>
    </message>
    <message>
        <source>Refused uploads</source>
        <translation>שליחות שנדחו</translation>
    </message>
    <message>
        <source>Admitted twice</source>
        <translation>הוכנסו פעמיים</translation>
    </message>
    <message>
        <source>Send selected again</source>
        <translation>שליחה חוזרת של הנבחרים</translation>
    </message>
    <message>
        <source>Send all again</source>
        <translation>שליחה חוזרת של הכול</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>סימון כנבדק</translation>
    </message>
    <message>
        <source>Unlock door mode to send items again.</source>
        <translation>יש לבטל את נעילת מצב הכניסה כדי לשלוח שוב.</translation>
    </message>
    <message>
        <source>Wix refused these uploads. Fix the cause, then send again.</source>
        <translation>Wix דחה את השליחות האלה. יש לתקן את הסיבה ולשלוח שוב.</translation>
    </message>
    <message>
        <source>These tickets were admitted here and also at another door or on Wix.</source>
        <translation>הכרטיסים האלה הוכנסו כאן וגם בכניסה אחרת או ב-Wix.</translation>
    </message>
    <message>
        <source>Refused uploads: {n}</source>
        <translation>שליחות שנדחו: {n}</translation>
    </message>
    <message>
        <source>Admitted twice: {n}</source>
        <translation>הוכנסו פעמיים: {n}</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>{problem}
The barcode scanner and the guest search still work. Trying the camera again…</source>
        <translation>{problem}
סורק הברקודים וחיפוש האורחים ממשיכים לעבוד. מנסה שוב את המצלמה…</translation>
    </message>
    <message>
        <source>Camera lost: {problem}
Trying again…</source>
        <translation>המצלמה אבדה: {problem}
מנסה שוב…</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>הסרטון הסתיים.</translation>
    </message>
    <message>
        <source>The camera was disconnected. Reconnecting…</source>
        <translation>המצלמה נותקה. מתחבר מחדש…</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>תמונת המצלמה</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Starting the camera…</source>
        <translation>המצלמה עולה…</translation>
    </message>
</context>
<context>
    <name>DataHeld</name>
    <message>
        <source>Event</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Guests held</source>
        <translation>אורחים שמורים</translation>
    </message>
    <message>
        <source>Forgotten after</source>
        <translation>יימחקו אחרי</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Forgotten on {when}</source>
        <translation>נמחקו ב-{when}</translation>
    </message>
    <message numerus="yes">
        <source>Kept until %n check-ins reach Wix</source>
        <translation>
            <numerusform>נשמרים עד שצ&apos;ק-אין אחד יגיע ל-Wix</numerusform>
            <numerusform>נשמרים עד ש-%n צ&apos;ק-אינים יגיעו ל-Wix</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgotten at the next start</source>
        <translation>יימחקו בהפעלה הבאה</translation>
    </message>
    <message>
        <source>No end date: forget by hand</source>
        <translation>אין תאריך סיום: למחוק ידנית</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>שמורים</translation>
    </message>
    <message>
        <source>Guest names and e-mails are kept {days:g} days after each event ends, then forgotten (never while check-ins are unsent). Counts and the scan log stay. Everything is encrypted on this laptop.</source>
        <translation>שמות האורחים וכתובות המייל שלהם נשמרים {days:g} ימים אחרי סיום כל אירוע, ואז נמחקים (אף פעם לא כשיש צ&apos;ק-אינים שלא נשלחו). הספירות ויומן הסריקות נשארים. הכול מוצפן במחשב הזה.</translation>
    </message>
    <message>
        <source>Forget this event&apos;s guests now</source>
        <translation>מחיקת האורחים של האירוע הזה עכשיו</translation>
    </message>
    <message>
        <source>Could not read the station&apos;s data: {error}</source>
        <translation>לא ניתן לקרוא את נתוני העמדה: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Forget the names and e-mails of %n guests of {title} on this laptop now?</source>
        <translation>
            <numerusform>למחוק עכשיו מהמחשב הזה את השם והמייל של אורח אחד של {title}?</numerusform>
            <numerusform>למחוק עכשיו מהמחשב הזה את השמות והמיילים של %n אורחים של {title}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget guests</source>
        <translation>מחיקת אורחים</translation>
    </message>
    <message>
        <source>Forgetting…</source>
        <translation>מוחק…</translation>
    </message>
    <message>
        <source>Forgot the guests of {title}.</source>
        <translation>האורחים של {title} נמחקו.</translation>
    </message>
    <message>
        <source>Guest data on this laptop</source>
        <translation>נתוני אורחים במחשב הזה</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>Could not undo</source>
        <translation>הביטול נכשל</translation>
    </message>
    <message>
        <source>Could not check in</source>
        <translation>הצ&apos;ק-אין נכשל</translation>
    </message>
    <message>
        <source>Something went wrong; the problem was logged. Try again.</source>
        <translation>משהו השתבש; הבעיה נרשמה. כדאי לנסות שוב.</translation>
    </message>
</context>
<context>
    <name>DoorLock</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>קוד אחראי משמרת</translation>
    </message>
    <message>
        <source>Enter the supervisor PIN to unlock.</source>
        <translation>יש להזין את קוד אחראי המשמרת כדי לשחרר את הנעילה.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>שחרור נעילה</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>קוד שגוי. כדאי לנסות שוב.</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <source>No camera is set up. Scan with the barcode scanner or search for a guest.</source>
        <translation>לא הוגדרה מצלמה. אפשר לסרוק בסורק הברקודים או לחפש אורח.</translation>
    </message>
    <message>
        <source>A supervisor must enter the PIN to admit this guest anyway.</source>
        <translation>אחראי משמרת צריך להזין את הקוד כדי להכניס את האורח בכל זאת.</translation>
    </message>
    <message>
        <source>A supervisor must enter the PIN to change settings.</source>
        <translation>אחראי משמרת צריך להזין את הקוד כדי לשנות הגדרות.</translation>
    </message>
    <message>
        <source>A supervisor must enter the PIN to pair with the venue hub or leave it.</source>
        <translation>נדרש מפקח להזין את הקוד כדי להתחבר למוקד האירוע או לעזוב אותו.</translation>
    </message>
    <message>
        <source>Collect payment</source>
        <translation>גביית תשלום</translation>
    </message>
    <message>
        <source>Collect {money} from {guest}, then admit?</source>
        <translation>לגבות {money} מ-{guest} ואז להכניס?</translation>
    </message>
    <message>
        <source>Payment collected — admit</source>
        <translation>התשלום נגבה – להכניס</translation>
    </message>
    <message>
        <source>Door mode</source>
        <translation>מצב כניסה</translation>
    </message>
    <message>
        <source>Set a supervisor PIN in Settings first; door mode is locked with it.</source>
        <translation>קודם יש להגדיר קוד אחראי משמרת בהגדרות; מצב הכניסה ננעל בעזרתו.</translation>
    </message>
    <message>
        <source>Spoken verdicts</source>
        <translation>הקראת תוצאות</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins are still waiting to upload to Wix. They are saved on this computer and will upload the next time the app runs with a network.

Close anyway?</source>
        <translation>
            <numerusform>צ&apos;ק-אין אחד עדיין ממתין להעלאה ל-Wix. הוא שמור במחשב הזה ויועלה בפעם הבאה שהאפליקציה תפעל עם רשת.

לסגור בכל זאת?</numerusform>
            <numerusform>%n צ&apos;ק-אינים עדיין ממתינים להעלאה ל-Wix. הם שמורים במחשב הזה ויועלו בפעם הבאה שהאפליקציה תפעל עם רשת.

לסגור בכל זאת?</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins not uploaded yet</source>
        <translation>צ&apos;ק-אינים שעוד לא הועלו</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>חיפוש אורח</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;עמדה</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;הגדרות…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;סנכרון עכשיו</translation>
    </message>
    <message>
        <source>Needs &amp;attention…</source>
        <translation>דורש &amp;טיפול…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;יציאה</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Find a guest</source>
        <translation>&amp;חיפוש אורח</translation>
    </message>
    <message>
        <source>&amp;Large text and high contrast</source>
        <translation>&amp;טקסט גדול וניגודיות גבוהה</translation>
    </message>
    <message>
        <source>S&amp;peak verdicts</source>
        <translation>&amp;הקראת תוצאות</translation>
    </message>
    <message>
        <source>The check-in had not been uploaded yet; nothing was sent to Wix.</source>
        <translation>הצ&apos;ק-אין עוד לא הועלה; שום דבר לא נשלח ל-Wix.</translation>
    </message>
    <message>
        <source>Wix will be told at the next sync.</source>
        <translation>Wix יעודכן בסנכרון הבא.</translation>
    </message>
    <message>
        <source>CHECK-IN UNDONE</source>
        <translation>הצ&apos;ק-אין בוטל</translation>
    </message>
    <message>
        <source>Lock door mode</source>
        <translation>נעילת מצב כניסה</translation>
    </message>
    <message>
        <source>Supervisor unlock…</source>
        <translation>שחרור נעילה לאחראי…</translation>
    </message>
    <message>
        <source>Check-in — {station}</source>
        <translation>צ&apos;ק-אין — {station}</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>אין חיבור</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>כניסה</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;אירוע:</translation>
    </message>
    <message>
        <source>Event at this door</source>
        <translation>האירוע בכניסה הזו</translation>
    </message>
    <message>
        <source>Turn the scan sounds on or off</source>
        <translation>הפעלה או השתקה של צלילי הסריקה</translation>
    </message>
    <message>
        <source>No events yet — syncing…</source>
        <translation>אין עדיין אירועים — מסנכרן…</translation>
    </message>
    <message numerus="yes">
        <source>✔ %n admitted here</source>
        <translation>
            <numerusform>✔ אחד הוכנס כאן</numerusform>
            <numerusform>✔ %n הוכנסו כאן</numerusform>
        </translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>עמדה: {name}</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>צליל: כבוי</translation>
    </message>
    <message>
        <source>Sound: on</source>
        <translation>צליל: פועל</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>סריקות אחרונות</translation>
    </message>
    <message>
        <source>The last scans at this station, newest first</source>
        <translation>הסריקות האחרונות בעמדה הזו, החדשה ביותר ראשונה</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Check-in</source>
        <translation>ברוכים הבאים לצ&apos;ק-אין</translation>
    </message>
    <message>
        <source>Check guests in at the door</source>
        <translation>צ&apos;ק-אין לאורחים בכניסה</translation>
    </message>
    <message>
        <source>Scan tickets with the camera or a barcode scanner, even without internet. Nothing is set up yet: try the demo with made-up guests, or connect your Wix site.</source>
        <translation>סורקים כרטיסים במצלמה או בסורק ברקודים, גם בלי אינטרנט. עוד לא הוגדר כלום: אפשר לנסות את ההדגמה עם אורחים מומצאים, או לחבר את אתר ה-Wix שלכם.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>לנסות את ההדגמה</translation>
    </message>
    <message>
        <source>Connect to Wix</source>
        <translation>חיבור ל-Wix</translation>
    </message>
    <message>
        <source>Create an API key in the Wix API Keys Manager with the Events permissions, and copy your site ID from the site&apos;s dashboard address.</source>
        <translation>יש ליצור מפתח API במנהל מפתחות ה-API של Wix עם הרשאות Events, ולהעתיק את מזהה האתר מכתובת לוח הבקרה של האתר.</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>מזהה אתר</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>מפתח API</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>שרת</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>חזרה</translation>
    </message>
    <message>
        <source>Connect and download the guest list</source>
        <translation>התחברות והורדת רשימת האורחים</translation>
    </message>
    <message>
        <source>Enter both the site ID and the API key.</source>
        <translation>יש להזין גם מזהה אתר וגם מפתח API.</translation>
    </message>
    <message>
        <source>Check the API key: {error}.</source>
        <translation>יש לבדוק את מפתח ה-API: {error}.</translation>
    </message>
    <message>
        <source>Checking the key with Wix…</source>
        <translation>בודק את המפתח מול Wix…</translation>
    </message>
    <message>
        <source>Check the server address: {error}</source>
        <translation>יש לבדוק את כתובת השרת: {error}</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>החיבור נכשל: {error}</translation>
    </message>
    <message>
        <source>Connected. Downloading the guest list…</source>
        <translation>מחובר. מוריד את רשימת האורחים…</translation>
    </message>
    <message>
        <source>Downloading the guest list of {title}: {so_far}</source>
        <translation>מוריד את רשימת האורחים של {title}: {so_far}</translation>
    </message>
    <message>
        <source>Wix asked to slow down, waiting {time}</source>
        <translation>Wix ביקש להאט, ממתין {time}</translation>
    </message>
</context>
<context>
    <name>GuestList</name>
    <message>
        <source>about {n} s</source>
        <translation>כ-{n} שנ׳</translation>
    </message>
    <message>
        <source>about {n} min</source>
        <translation>כ-{n} דק׳</translation>
    </message>
    <message>
        <source>about {h} h {m} min</source>
        <translation>כ-{h} שע׳ ו-{m} דק׳</translation>
    </message>
    <message>
        <source>{n} tickets so far</source>
        <translation>{n} כרטיסים עד עכשיו</translation>
    </message>
    <message>
        <source>{n} of {total} tickets</source>
        <translation>{n} מתוך {total} כרטיסים</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>נותרו {time}</translation>
    </message>
    <message>
        <source>The download has not started yet: it starts at the next sync</source>
        <translation>ההורדה עוד לא התחילה: היא תתחיל בסנכרון הבא</translation>
    </message>
    <message>
        <source>Guest list still loading</source>
        <translation>רשימת האורחים עדיין נטענת</translation>
    </message>
    <message>
        <source>Not here yet? Search by name</source>
        <translation>עוד לא ברשימה? אפשר לחפש לפי שם</translation>
    </message>
</context>
<context>
    <name>GuestSearch</name>
    <message>
        <source>In at {time}</source>
        <translation>בפנים מ-{time}</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>אורח</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>כרטיס</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>מס׳ כרטיס</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>הזמנה</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Find a guest: name, email, ticket or order number</source>
        <translation>חיפוש אורח: שם, מייל, מספר כרטיס או הזמנה</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>חיפוש אורח</translation>
    </message>
    <message>
        <source>Type a name, email, ticket or order number; Enter checks in a single match</source>
        <translation>מקלידים שם, מייל, מספר כרטיס או הזמנה; Enter מבצע צ&apos;ק-אין כשיש תוצאה אחת</translation>
    </message>
    <message>
        <source>Guests found</source>
        <translation>אורחים שנמצאו</translation>
    </message>
    <message>
        <source>Enter checks in the selected guest</source>
        <translation>Enter מבצע צ&apos;ק-אין לאורח הנבחר</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>צ&apos;ק-אין</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>ביטול צ&apos;ק-אין</translation>
    </message>
    <message>
        <source>Type at least two letters or a number.</source>
        <translation>יש להקליד לפחות שתי אותיות או מספר.</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>החיפוש נכשל: {error}</translation>
    </message>
    <message>
        <source>No guest matches “{text}”.</source>
        <translation>אין אורח שמתאים ל-„{text}”.</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>נמצא אחד</numerusform>
            <numerusform>נמצאו %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubMembership</name>
    <message>
        <source>&amp;Pair with the venue hub…</source>
        <translation>&amp;חיבור למוקד האירוע…</translation>
    </message>
    <message>
        <source>&amp;Leave the venue hub</source>
        <translation>&amp;עזיבת מוקד האירוע</translation>
    </message>
    <message>
        <source>PAIRED</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <source>Scans are now checked with the venue hub {hub}.</source>
        <translation>הסריקות נבדקות כעת מול מוקד האירוע {hub}.</translation>
    </message>
    <message>
        <source>NOT A TICKET</source>
        <translation>לא כרטיס</translation>
    </message>
    <message>
        <source>This is a venue hub&apos;s pairing code, but it cannot be read in full. Show the hub&apos;s screen again, or pair from the Station menu.</source>
        <translation>זהו קוד חיבור של מוקד אירוע, אך לא ניתן לקרוא אותו במלואו. הציגו שוב את מסך המוקד, או התחברו מתפריט העמדה.</translation>
    </message>
    <message>
        <source>ALREADY PAIRED</source>
        <translation>כבר מחובר</translation>
    </message>
    <message>
        <source>This door is already paired with this venue hub.</source>
        <translation>הכניסה הזאת כבר מחוברת למוקד האירוע הזה.</translation>
    </message>
    <message>
        <source>This door will decide alone again and sync with Wix itself (if it has the Wix key). Other doors no longer hear of its scans at once.</source>
        <translation>הכניסה הזאת תחליט שוב לבדה ותסתנכרן עם Wix בעצמה (אם יש לה את מפתח Wix). כניסות אחרות לא ישמעו עוד מיד על הסריקות שלה.</translation>
    </message>
    <message numerus="yes">
        <source>It keeps %n admissions the hub has not yet confirmed as sent to Wix; the next hub this door pairs with takes them over.</source>
        <translation>
            <numerusform>היא שומרת כניסה %n שהמוקד עוד לא אישר שנשלחה ל-Wix; המוקד הבא שהכניסה תתחבר אליו ייקח אותה לטיפולו.</numerusform>
            <numerusform>היא שומרת %n כניסות שהמוקד עוד לא אישר שנשלחו ל-Wix; המוקד הבא שהכניסה תתחבר אליו ייקח אותן לטיפולו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the venue hub</source>
        <translation>עזיבת מוקד האירוע</translation>
    </message>
    <message>
        <source>Leave the hub</source>
        <translation>עזיבת המוקד</translation>
    </message>
    <message>
        <source>LEFT THE HUB</source>
        <translation>המוקד נעזב</translation>
    </message>
    <message>
        <source>This door decides alone again.</source>
        <translation>הכניסה הזאת מחליטה שוב לבדה.</translation>
    </message>
    <message>
        <source>NOT LEFT</source>
        <translation>לא נעזב</translation>
    </message>
</context>
<context>
    <name>HubPairDialog</name>
    <message>
        <source>Pair with the venue hub</source>
        <translation>חיבור למוקד האירוע</translation>
    </message>
    <message>
        <source>This door will check every scan with the venue hub, so a guest admitted at one door is refused at the others.</source>
        <translation>הכניסה הזאת תבדוק כל סריקה מול מוקד האירוע, כך שאורח שנכנס בכניסה אחת יידחה באחרות.</translation>
    </message>
    <message>
        <source>Venue hubs on this network</source>
        <translation>מוקדי אירוע ברשת הזאת</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>&amp;חיפוש חוזר</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;חיבור</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;כתובת המוקד:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;קוד חיבור:</translation>
    </message>
    <message>
        <source>Venue hubs on this network:</source>
        <translation>מוקדי אירוע ברשת הזאת:</translation>
    </message>
    <message>
        <source>The code is shown on the hub&apos;s screen (it changes every 15 minutes).</source>
        <translation>הקוד מוצג במסך המוקד (הוא מתחלף כל 15 דקות).</translation>
    </message>
    <message>
        <source>Looking for venue hubs…</source>
        <translation>מחפש מוקדי אירוע…</translation>
    </message>
    <message>
        <source>No hub answered on this network. Type the address the hub shows, or search again.</source>
        <translation>אף מוקד לא ענה ברשת הזאת. הקלידו את הכתובת שהמוקד מציג, או חפשו שוב.</translation>
    </message>
    <message>
        <source>Choose the hub, then type its code.</source>
        <translation>בחרו את המוקד ואז הקלידו את הקוד שלו.</translation>
    </message>
    <message>
        <source>Cannot look for hubs here ({reason}). Type the hub&apos;s address.</source>
        <translation>אי אפשר לחפש מוקדים כאן ({reason}). הקלידו את כתובת המוקד.</translation>
    </message>
    <message>
        <source>The camera read a venue hub&apos;s pairing code. Pair this door with the hub at {url}?</source>
        <translation>המצלמה קראה קוד חיבור של מוקד אירוע. לחבר את הכניסה הזאת למוקד בכתובת {url}?</translation>
    </message>
    <message>
        <source>Address and code from the QR code.</source>
        <translation>הכתובת והקוד מקוד ה-QR.</translation>
    </message>
    <message>
        <source>Give the hub&apos;s address and the code it shows.</source>
        <translation>ציינו את כתובת המוקד ואת הקוד שהוא מציג.</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>מתחבר…</translation>
    </message>
</context>
<context>
    <name>HubSwitch</name>
    <message>
        <source>This laptop is the &amp;venue hub</source>
        <translation>המחשב הזה הוא ה&amp;רכזת במקום</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>הרכזת במקום</translation>
    </message>
    <message>
        <source>The hub cannot start: {reason}</source>
        <translation>הרכזת לא יכולה לעלות: {reason}</translation>
    </message>
</context>
<context>
    <name>HubWindow</name>
    <message>
        <source>Door</source>
        <translation>כניסה</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>קשר אחרון</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>תור</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>הרכזת במקום</translation>
    </message>
    <message>
        <source>Revoke the selected door</source>
        <translation>ביטול הכניסה הנבחרת</translation>
    </message>
    <message>
        <source>New pairing code</source>
        <translation>קוד צימוד חדש</translation>
    </message>
    <message>
        <source>Pairing code — on each door: show this QR code to its camera, or Station ▸ Pair with the venue hub…</source>
        <translation>קוד חיבור — בכל כניסה: הציגו את קוד ה-QR הזה למצלמה, או עמדה ▸ חיבור למוקד האירוע…</translation>
    </message>
    <message>
        <source>Hub address: {url}</source>
        <translation>כתובת הרכזת: {url}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>מצומדת</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>בוטלה</translation>
    </message>
</context>
<context>
    <name>LockIndicator</name>
    <message>
        <source>locks in {n} s</source>
        <translation>ננעל בעוד {n} שנ׳</translation>
    </message>
    <message>
        <source>locks in {n} min</source>
        <translation>ננעל בעוד {n} דק׳</translation>
    </message>
    <message>
        <source>Door mode</source>
        <translation>מצב כניסה</translation>
    </message>
    <message>
        <source>Overrides, settings and organizer views need the PIN.</source>
        <translation>חריגות, הגדרות ותצוגות מארגנים דורשות את הקוד.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>אחראי משמרת</translation>
    </message>
    <message>
        <source>Stays unlocked until you lock it.</source>
        <translation>נשאר פתוח עד שנועלים.</translation>
    </message>
    <message>
        <source>Door mode locks again at {time} unless a supervisor does something before; it also locks when the computer wakes from sleep.</source>
        <translation>מצב הכניסה יינעל שוב ב-{time} אם אחראי המשמרת לא יעשה דבר לפני כן; הוא ננעל גם כשהמחשב מתעורר ממצב שינה.</translation>
    </message>
    <message>
        <source>locked after no supervisor activity</source>
        <translation>ננעל אחרי חוסר פעילות של אחראי המשמרת</translation>
    </message>
    <message>
        <source>locked when the computer woke up</source>
        <translation>ננעל כשהמחשב התעורר</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>No Wix site id: pass --site-id, set {variable}, or save it in the settings.</source>
        <translation>אין מזהה אתר של Wix: יש להעביר ‎--site-id, להגדיר את {variable} או לשמור אותו בהגדרות.</translation>
    </message>
    <message>
        <source>No API key for site {site}: set {variable} or store the key in the app&apos;s settings (kept in the system keyring).</source>
        <translation>אין מפתח API לאתר {site}: יש להגדיר את {variable} או לשמור את המפתח בהגדרות האפליקציה (נשמר במחזיק המפתחות של המערכת).</translation>
    </message>
    <message>
        <source>Cannot connect to Wix: {error}.</source>
        <translation>לא ניתן להתחבר ל-Wix: {error}.</translation>
    </message>
    <message>
        <source>Cannot use the API key: {error}.</source>
        <translation>לא ניתן להשתמש במפתח ה-API: {error}.</translation>
    </message>
    <message>
        <source>Wix rejected the API key (401): enter a valid key to resume sending.</source>
        <translation>Wix דחה את מפתח ה-API‏ (401): יש להזין מפתח תקף כדי להמשיך לשלוח.</translation>
    </message>
    <message>
        <source>Wix says the Wix Events app is not installed on this site (428): install it, then re-enter the key to resume.</source>
        <translation>לפי Wix, האפליקציה Wix Events לא מותקנת באתר הזה (428): יש להתקין אותה ואז להזין שוב את המפתח.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this on this site (403): check the key&apos;s permissions and the site id, then re-enter the key to resume.</source>
        <translation>למפתח ה-API אין הרשאה לפעולה הזו באתר הזה (403): יש לבדוק את הרשאות המפתח ואת מזהה האתר, ואז להזין שוב את המפתח.</translation>
    </message>
    <message>
        <source>Wix refused this call</source>
        <translation>Wix דחה את הקריאה הזו</translation>
    </message>
    <message>
        <source>Wix refused: {detail}</source>
        <translation>Wix דחה: {detail}</translation>
    </message>
    <message>
        <source>The queued call names no valid ticket or order number</source>
        <translation>בקריאה שבתור אין מספר כרטיס או הזמנה תקף</translation>
    </message>
    <message>
        <source>Wix sent a list that does not add up: {detail}.</source>
        <translation>Wix שלח רשימה שלא מסתדרת: {detail}.</translation>
    </message>
    <message>
        <source>Refused a reply from Wix: {detail}.</source>
        <translation>תשובה מ-Wix נדחתה: {detail}.</translation>
    </message>
    <message>
        <source>Refused a reply from Wix: {detail}; retrying in {seconds} s.</source>
        <translation>תשובה מ-Wix נדחתה: {detail}; ניסיון חוזר בעוד {seconds} שנ׳.</translation>
    </message>
    <message>
        <source>Offline: cannot reach Wix ({detail}). Nothing queued is lost.</source>
        <translation>אין חיבור: אין גישה ל-Wix ({detail}). שום דבר שבתור לא אובד.</translation>
    </message>
    <message>
        <source>Offline: cannot reach Wix ({detail}); retrying in {seconds} s. Nothing queued is lost.</source>
        <translation>אין חיבור: אין גישה ל-Wix ({detail}); ניסיון חוזר בעוד {seconds} שנ׳. שום דבר שבתור לא אובד.</translation>
    </message>
    <message>
        <source>Wix asked to slow down (too many requests). Nothing queued is lost.</source>
        <translation>Wix ביקש להאט (יותר מדי בקשות). שום דבר שבתור לא אובד.</translation>
    </message>
    <message>
        <source>Wix asked to slow down (too many requests); retrying in {seconds} s. Nothing queued is lost.</source>
        <translation>Wix ביקש להאט (יותר מדי בקשות); ניסיון חוזר בעוד {seconds} שנ׳. שום דבר שבתור לא אובד.</translation>
    </message>
    <message>
        <source>Wix is having trouble ({status} {code}).</source>
        <translation>יש ל-Wix תקלה ({status} {code}).</translation>
    </message>
    <message>
        <source>Wix is having trouble ({status} {code}); retrying in {seconds} s.</source>
        <translation>יש ל-Wix תקלה ({status} {code}); ניסיון חוזר בעוד {seconds} שנ׳.</translation>
    </message>
    <message>
        <source>Wix does not know this: {detail}.</source>
        <translation>Wix לא מכיר את זה: {detail}.</translation>
    </message>
    <message>
        <source>Event {event} was not found on Wix.</source>
        <translation>האירוע {event} לא נמצא ב-Wix.</translation>
    </message>
    <message>
        <source>Wix sent no result for this ticket</source>
        <translation>Wix לא החזיר תוצאה לכרטיס הזה</translation>
    </message>
    <message>
        <source>{action} needs the network, and Wix cannot be reached right now. Nothing was lost: try again when the connection is back.</source>
        <translation>{action} דורש רשת, ואין כרגע חיבור ל-Wix. שום דבר לא אבד: אפשר לנסות שוב כשהחיבור יחזור.</translation>
    </message>
    <message>
        <source>{action} failed: Wix is busy or had a problem ({detail}). Try again.</source>
        <translation>{action} נכשל: Wix עמוס או שהייתה לו תקלה ({detail}). כדאי לנסות שוב.</translation>
    </message>
    <message>
        <source>Wix did not accept the API key. Check the key in Settings.</source>
        <translation>Wix לא קיבל את מפתח ה-API. יש לבדוק את המפתח בהגדרות.</translation>
    </message>
    <message>
        <source>{action} is not allowed with this API key ({detail}). Give the key the Wix Events permissions it needs.</source>
        <translation>{action} אינו מותר עם מפתח ה-API הזה ({detail}). יש לתת למפתח את הרשאות Wix Events הדרושות.</translation>
    </message>
    <message>
        <source>{action} was refused by Wix. {details}</source>
        <translation>{action} נדחה על ידי Wix. {details}</translation>
    </message>
    <message>
        <source>{action} failed: Wix does not know it ({detail}).</source>
        <translation>{action} נכשל: Wix לא מכיר את זה ({detail}).</translation>
    </message>
    <message>
        <source>{action} was refused by Wix: {detail}</source>
        <translation>{action} נדחה על ידי Wix: {detail}</translation>
    </message>
    <message>
        <source>Adding the policy</source>
        <translation>הוספת המדיניות</translation>
    </message>
    <message>
        <source>Adding the question</source>
        <translation>הוספת השאלה</translation>
    </message>
    <message>
        <source>Adding the schedule item</source>
        <translation>הוספת הפריט ללוח הזמנים</translation>
    </message>
    <message>
        <source>Adding the staff member</source>
        <translation>הוספת איש הצוות</translation>
    </message>
    <message>
        <source>Adding the ticket type</source>
        <translation>הוספת סוג הכרטיס</translation>
    </message>
    <message>
        <source>Cancelling the reservation</source>
        <translation>ביטול ההזמנה השמורה</translation>
    </message>
    <message>
        <source>Checking out</source>
        <translation>השלמת ההזמנה</translation>
    </message>
    <message>
        <source>Checking the order</source>
        <translation>בדיקת ההזמנה</translation>
    </message>
    <message>
        <source>Checking the payment</source>
        <translation>בדיקת התשלום</translation>
    </message>
    <message>
        <source>Checking the reservation</source>
        <translation>בדיקת השמירה</translation>
    </message>
    <message>
        <source>Confirming the payment</source>
        <translation>אישור התשלום</translation>
    </message>
    <message>
        <source>Copying the event</source>
        <translation>העתקת האירוע</translation>
    </message>
    <message>
        <source>Creating the categories</source>
        <translation>יצירת הקטגוריות</translation>
    </message>
    <message>
        <source>Creating the category</source>
        <translation>יצירת הקטגוריה</translation>
    </message>
    <message>
        <source>Creating the event</source>
        <translation>יצירת האירוע</translation>
    </message>
    <message>
        <source>Deleting the policy</source>
        <translation>מחיקת המדיניות</translation>
    </message>
    <message>
        <source>Deleting the question</source>
        <translation>מחיקת השאלה</translation>
    </message>
    <message>
        <source>Deleting the schedule item</source>
        <translation>מחיקת הפריט מלוח הזמנים</translation>
    </message>
    <message>
        <source>Deleting the ticket type</source>
        <translation>מחיקת סוג הכרטיס</translation>
    </message>
    <message>
        <source>Fetching the new tickets</source>
        <translation>שליפת הכרטיסים החדשים</translation>
    </message>
    <message>
        <source>Looking for the order</source>
        <translation>חיפוש ההזמנה</translation>
    </message>
    <message>
        <source>Moving the policy</source>
        <translation>הזזת המדיניות</translation>
    </message>
    <message>
        <source>Pausing the access</source>
        <translation>השהיית הגישה</translation>
    </message>
    <message>
        <source>Publishing the event</source>
        <translation>פרסום האירוע</translation>
    </message>
    <message>
        <source>Publishing the schedule</source>
        <translation>פרסום לוח הזמנים</translation>
    </message>
    <message>
        <source>Putting the event in the category</source>
        <translation>הכנסת האירוע לקטגוריה</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>קריאת האירוע</translation>
    </message>
    <message>
        <source>Reading the order</source>
        <translation>קריאת ההזמנה</translation>
    </message>
    <message>
        <source>Reading the policies</source>
        <translation>קריאת המדיניות</translation>
    </message>
    <message>
        <source>Reading the policy</source>
        <translation>קריאת המדיניות</translation>
    </message>
    <message>
        <source>Reading the registration form</source>
        <translation>קריאת טופס ההרשמה</translation>
    </message>
    <message>
        <source>Reading the schedule</source>
        <translation>קריאת לוח הזמנים</translation>
    </message>
    <message>
        <source>Reading the staff member</source>
        <translation>קריאת איש הצוות</translation>
    </message>
    <message>
        <source>Reading the staff members</source>
        <translation>קריאת אנשי הצוות</translation>
    </message>
    <message>
        <source>Reading the ticket type</source>
        <translation>קריאת סוג הכרטיס</translation>
    </message>
    <message>
        <source>Reading the ticket types</source>
        <translation>קריאת סוגי הכרטיסים</translation>
    </message>
    <message>
        <source>Refreshing the sales figures</source>
        <translation>רענון נתוני המכירות</translation>
    </message>
    <message>
        <source>Removing the staff member</source>
        <translation>הסרת איש הצוות</translation>
    </message>
    <message>
        <source>Reserving the tickets</source>
        <translation>שמירת הכרטיסים</translation>
    </message>
    <message>
        <source>Resuming the access</source>
        <translation>חידוש הגישה</translation>
    </message>
    <message>
        <source>Saving the permissions</source>
        <translation>שמירת ההרשאות</translation>
    </message>
    <message>
        <source>Saving the policy</source>
        <translation>שמירת המדיניות</translation>
    </message>
    <message>
        <source>Saving the question</source>
        <translation>שמירת השאלה</translation>
    </message>
    <message>
        <source>Saving the schedule item</source>
        <translation>שמירת הפריט בלוח הזמנים</translation>
    </message>
    <message>
        <source>Saving the ticket type</source>
        <translation>שמירת סוג הכרטיס</translation>
    </message>
    <message>
        <source>Turning on the schedule</source>
        <translation>הפעלת לוח הזמנים</translation>
    </message>
    <message>
        <source>No events are cached yet: run `checkin-app sync` first.</source>
        <translation>אין עדיין אירועים שמורים: יש להריץ קודם `checkin-app sync`.</translation>
    </message>
    <message>
        <source>Event {event} is not in the local cache; run sync.</source>
        <translation>האירוע {event} לא נמצא בעותק המקומי; יש לסנכרן.</translation>
    </message>
    <message>
        <source>That is not a ticket code; nothing to admit.</source>
        <translation>זה לא קוד של כרטיס; אין את מי להכניס.</translation>
    </message>
    <message>
        <source>No payment is due for this ticket ({reason}).</source>
        <translation>אין תשלום לגבות על הכרטיס הזה ({reason}).</translation>
    </message>
    <message>
        <source>Ticket {ticket} is not checked in.</source>
        <translation>לכרטיס {ticket} לא בוצע צ&apos;ק-אין.</translation>
    </message>
    <message>
        <source>The guest list has never been downloaded on this station.</source>
        <translation>רשימת האורחים מעולם לא הורדה בעמדה הזו.</translation>
    </message>
    <message>
        <source>{count} checked in</source>
        <translation>{count} עשו צ&apos;ק-אין</translation>
    </message>
    <message>
        <source>{count} not admitted</source>
        <translation>{count} לא הוכנסו</translation>
    </message>
    <message>
        <source>Event {event} is not on this station.</source>
        <translation>האירוע {event} לא נמצא בעמדה הזו.</translation>
    </message>
    <message>
        <source>{count} check-in(s) for {event} are not yet sent to Wix: sync first, then forget (nothing was changed).</source>
        <translation>{count} צ&apos;ק-אינים של {event} עוד לא נשלחו ל-Wix: קודם לסנכרן ואז למחוק (שום דבר לא שונה).</translation>
    </message>
    <message>
        <source>Cannot write {file}: it is a folder.</source>
        <translation>לא ניתן לכתוב את {file}: זו תיקייה.</translation>
    </message>
    <message>
        <source>Cannot write {file}: the folder {folder} does not exist.</source>
        <translation>לא ניתן לכתוב את {file}: התיקייה {folder} לא קיימת.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}.</source>
        <translation>לא ניתן לכתוב את {file}: {error}.</translation>
    </message>
    <message>
        <source>Cannot save {file}: {error}.</source>
        <translation>לא ניתן לשמור את {file}: {error}.</translation>
    </message>
    <message>
        <source>That sale is not on this station.</source>
        <translation>המכירה הזו לא נמצאת בעמדה הזו.</translation>
    </message>
    <message>
        <source>Wix did not mark the order paid (it is {status}). Try again.</source>
        <translation>Wix לא סימן את ההזמנה כשולמה (היא במצב {status}). כדאי לנסות שוב.</translation>
    </message>
    <message>
        <source>Wix says the order is {status}.</source>
        <translation>לפי Wix ההזמנה במצב {status}.</translation>
    </message>
    <message>
        <source>The cash was taken for this sale: finish it (Retry) instead of cancelling.</source>
        <translation>הכסף על המכירה הזו כבר נגבה: יש להשלים אותה (ניסיון חוזר) ולא לבטל.</translation>
    </message>
    <message>
        <source>Wix&apos;s answer to the reservation was lost; any held tickets return to stock when the hold expires.</source>
        <translation>התשובה של Wix לשמירת הכרטיסים אבדה; כרטיסים שנשמרו חוזרים למכירה כשהשמירה פגה.</translation>
    </message>
    <message>
        <source>Cancelled before Wix held tickets.</source>
        <translation>בוטל לפני ש-Wix שמר כרטיסים.</translation>
    </message>
    <message>
        <source>Wix no longer holds it.</source>
        <translation>Wix כבר לא שומר אותה.</translation>
    </message>
    <message>
        <source>Wix has not confirmed the hold on these tickets.</source>
        <translation>Wix לא אישר את שמירת הכרטיסים האלה.</translation>
    </message>
    <message>
        <source>This sale was cancelled; start a new one.</source>
        <translation>המכירה הזו בוטלה; אפשר להתחיל מכירה חדשה.</translation>
    </message>
    <message>
        <source>The hold on these tickets expired; start a new sale.</source>
        <translation>השמירה על הכרטיסים האלה פגה; אפשר להתחיל מכירה חדשה.</translation>
    </message>
    <message>
        <source>This sale did not go through; start a new one.</source>
        <translation>המכירה הזו לא הושלמה; אפשר להתחיל מכירה חדשה.</translation>
    </message>
    <message>
        <source>The sale is {state}.</source>
        <translation>המכירה במצב {state}.</translation>
    </message>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation>כמות לא יכולה להיות שלילית.</translation>
    </message>
    <message>
        <source>Pick at least one ticket.</source>
        <translation>יש לבחור לפחות כרטיס אחד.</translation>
    </message>
    <message>
        <source>At most {count} tickets per order for this event.</source>
        <translation>לכל היותר {count} כרטיסים בהזמנה באירוע הזה.</translation>
    </message>
    <message>
        <source>That ticket type is not on sale here; refresh the list.</source>
        <translation>סוג הכרטיס הזה לא נמכר כאן; כדאי לרענן את הרשימה.</translation>
    </message>
    <message>
        <source>“{ticket}” is sold out.</source>
        <translation>„{ticket}” אזל.</translation>
    </message>
    <message>
        <source>“{ticket}” is not on sale now.</source>
        <translation>„{ticket}” לא במכירה כרגע.</translation>
    </message>
    <message>
        <source>Only {count} “{ticket}” left.</source>
        <translation>נשארו רק {count} „{ticket}”.</translation>
    </message>
    <message>
        <source>{detail} If Wix did hold tickets, they return to stock when the hold expires.</source>
        <translation>{detail} אם Wix שמר כרטיסים, הם חוזרים למכירה כשהשמירה פגה.</translation>
    </message>
    <message>
        <source>The registration form is not complete: 1 answer needs attention (or choose to skip Wix&apos;s form check).</source>
        <translation>טופס ההרשמה לא מלא: תשובה אחת דורשת תיקון (או לבחור לדלג על בדיקת הטופס של Wix).</translation>
    </message>
    <message>
        <source>The registration form is not complete: {count} answers need attention (or choose to skip Wix&apos;s form check).</source>
        <translation>טופס ההרשמה לא מלא: {count} תשובות דורשות תיקון (או לבחור לדלג על בדיקת הטופס של Wix).</translation>
    </message>
    <message>
        <source>{wanted} guest forms are needed, {filled} filled in</source>
        <translation>נדרשים {wanted} טופסי אורח, מולאו {filled}</translation>
    </message>
    <message>
        <source>is needed</source>
        <translation>חובה</translation>
    </message>
    <message>
        <source>is longer than 50 letters</source>
        <translation>ארוך מ-50 אותיות</translation>
    </message>
    <message>
        <source>is needed (the tickets are sent there)</source>
        <translation>חובה (הכרטיסים נשלחים לשם)</translation>
    </message>
    <message>
        <source>does not look like an email address</source>
        <translation>לא נראה כמו כתובת מייל</translation>
    </message>
    <message>
        <source>needs an answer</source>
        <translation>צריך תשובה</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>לא אחת מהאפשרויות</translation>
    </message>
    <message>
        <source>is longer than {count} characters</source>
        <translation>ארוך מ-{count} תווים</translation>
    </message>
    <message>
        <source>Please fix the dates: {problems}.</source>
        <translation>יש לתקן את התאריכים: {problems}.</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>חייב להיות אחרי ההתחלה</translation>
    </message>
    <message>
        <source>date {number} ends before it starts</source>
        <translation>מועד {number} מסתיים לפני שהוא מתחיל</translation>
    </message>
    <message>
        <source>Created {kind} event “{event}” ({status}).</source>
        <translation>נוצר אירוע ({kind}) „{event}” ({status}).</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>טיוטה</translation>
    </message>
    <message>
        <source>recurring ({count} dates)</source>
        <translation>חוזר ({count} מועדים)</translation>
    </message>
    <message>
        <source>Copied to “{event}” ({status}).</source>
        <translation>הועתק אל „{event}” ({status}).</translation>
    </message>
    <message>
        <source>Loaded “{event}”.</source>
        <translation>„{event}” נטען.</translation>
    </message>
    <message>
        <source>Added ticket type “{ticket}”: {price}, {count} available.</source>
        <translation>נוסף סוג כרטיס „{ticket}”: {price}, {count} זמינים.</translation>
    </message>
    <message>
        <source>Saved ticket type “{ticket}”: {price}.</source>
        <translation>סוג הכרטיס „{ticket}” נשמר: {price}.</translation>
    </message>
    <message>
        <source>Deleted the ticket type.</source>
        <translation>סוג הכרטיס נמחק.</translation>
    </message>
    <message>
        <source>Published “{event}” ({status}).</source>
        <translation>„{event}” פורסם ({status}).</translation>
    </message>
    <message>
        <source>Unknown time zone {zone}.</source>
        <translation>אזור זמן לא מוכר {zone}.</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>אזור זמן לא מוכר</translation>
    </message>
    <message>
        <source>The price {price} is not a number.</source>
        <translation>המחיר {price} אינו מספר.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>לא מספר</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>מחיר לא יכול להיות שלילי.</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>לא יכול להיות שלילי</translation>
    </message>
    <message>
        <source>Added the policy “{name}”.</source>
        <translation>המדיניות „{name}” נוספה.</translation>
    </message>
    <message>
        <source>Saved the policy “{name}”.</source>
        <translation>המדיניות „{name}” נשמרה.</translation>
    </message>
    <message>
        <source>Deleted the policy “{name}”.</source>
        <translation>המדיניות „{name}” נמחקה.</translation>
    </message>
    <message>
        <source>That policy is no longer on the event.</source>
        <translation>המדיניות הזו כבר לא שייכת לאירוע.</translation>
    </message>
    <message>
        <source>“{name}” is already there.</source>
        <translation>„{name}” כבר שם.</translation>
    </message>
    <message>
        <source>Moved “{name}”.</source>
        <translation>„{name}” הוזז.</translation>
    </message>
    <message>
        <source>Schedule turned on.</source>
        <translation>לוח הזמנים הופעל.</translation>
    </message>
    <message>
        <source>Wix did not turn the schedule on.</source>
        <translation>Wix לא הפעיל את לוח הזמנים.</translation>
    </message>
    <message>
        <source>Added “{name}” to the schedule.</source>
        <translation>„{name}” נוסף ללוח הזמנים.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>„{name}” נשמר.</translation>
    </message>
    <message>
        <source>Deleted “{name}” from the schedule.</source>
        <translation>„{name}” נמחק מלוח הזמנים.</translation>
    </message>
    <message>
        <source>The item must end after it starts.</source>
        <translation>הפריט חייב להסתיים אחרי שהוא מתחיל.</translation>
    </message>
    <message>
        <source>must be after start</source>
        <translation>חייב להיות אחרי ההתחלה</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>יש לבחור לפחות הרשאה אחת.</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>לבחור אחת</translation>
    </message>
    <message>
        <source>Wix allows at most four permissions per staff member.</source>
        <translation>Wix מאפשר לכל היותר ארבע הרשאות לאיש צוות.</translation>
    </message>
    <message>
        <source>choose at most four</source>
        <translation>לבחור עד ארבע</translation>
    </message>
    <message>
        <source>Type at least one category name.</source>
        <translation>יש להקליד לפחות שם קטגוריה אחד.</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>לא יכול להיות ריק</translation>
    </message>
    <message>
        <source>Wix creates at most 10 categories at once.</source>
        <translation>Wix יוצר לכל היותר 10 קטגוריות בבת אחת.</translation>
    </message>
    <message>
        <source>too many</source>
        <translation>יותר מדי</translation>
    </message>
    <message>
        <source>Created the category “{name}”.</source>
        <translation>הקטגוריה „{name}” נוצרה.</translation>
    </message>
    <message>
        <source>Created {count} categories.</source>
        <translation>נוצרו {count} קטגוריות.</translation>
    </message>
    <message>
        <source>Created {count} categories. Wix refused {refused}.</source>
        <translation>נוצרו {count} קטגוריות. Wix דחה את {refused}.</translation>
    </message>
    <message>
        <source>The event is in the category.</source>
        <translation>האירוע נמצא בקטגוריה.</translation>
    </message>
    <message>
        <source>Added {name} ({permissions}).</source>
        <translation>{name} נוסף ({permissions}).</translation>
    </message>
    <message>
        <source>Added {name} ({permissions}). Their login link is ready.</source>
        <translation>{name} נוסף ({permissions}). קישור הכניסה מוכן.</translation>
    </message>
    <message>
        <source>{name} may now: {permissions}.</source>
        <translation>{name} יכול עכשיו: {permissions}.</translation>
    </message>
    <message>
        <source>Paused {name}&apos;s access.</source>
        <translation>הגישה של {name} הושהתה.</translation>
    </message>
    <message>
        <source>{name} has access again.</source>
        <translation>ל-{name} יש שוב גישה.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} הוסר.</translation>
    </message>
    <message>
        <source>Unknown question type {kind}.</source>
        <translation>סוג שאלה לא מוכר {kind}.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>סוג לא מוכר</translation>
    </message>
    <message>
        <source>Type the question first.</source>
        <translation>קודם יש להקליד את השאלה.</translation>
    </message>
    <message>
        <source>The question is longer than {count} characters.</source>
        <translation>השאלה ארוכה מ-{count} תווים.</translation>
    </message>
    <message>
        <source>must be at most {count} characters</source>
        <translation>לכל היותר {count} תווים</translation>
    </message>
    <message>
        <source>This type of question needs at least {count} choices.</source>
        <translation>סוג השאלה הזה דורש לפחות {count} אפשרויות.</translation>
    </message>
    <message>
        <source>needs at least {count} choices, separated by commas</source>
        <translation>לפחות {count} אפשרויות, מופרדות בפסיקים</translation>
    </message>
    <message>
        <source>Name and e-mail are always on Wix&apos;s form; change them in the Wix dashboard.</source>
        <translation>שם ומייל תמיד מופיעים בטופס של Wix; אפשר לשנות אותם בלוח הבקרה של Wix.</translation>
    </message>
    <message>
        <source>cannot be changed here</source>
        <translation>אי אפשר לשנות כאן</translation>
    </message>
    <message>
        <source>Name and e-mail cannot be removed from Wix&apos;s form.</source>
        <translation>אי אפשר להסיר שם ומייל מהטופס של Wix.</translation>
    </message>
    <message>
        <source>Added the question “{question}” ({count} questions on the form).</source>
        <translation>השאלה „{question}” נוספה ({count} שאלות בטופס).</translation>
    </message>
    <message>
        <source>Saved the question “{question}”.</source>
        <translation>השאלה „{question}” נשמרה.</translation>
    </message>
    <message>
        <source>Deleted the question “{question}”.</source>
        <translation>השאלה „{question}” נמחקה.</translation>
    </message>
    <message>
        <source>{key} does not open this station&apos;s database {file} (it was made with another key); nothing was changed.</source>
        <translation>{key} לא פותח את מסד הנתונים {file} של העמדה הזו (הוא נוצר עם מפתח אחר); שום דבר לא שונה.</translation>
    </message>
    <message>
        <source>This station&apos;s guest list is encrypted and its key is not available here (no unlocked keyring entry, no {variable}); nothing was changed. To open it, set {variable2} to this station&apos;s key, or open the app on this computer and unlock the store that keeps it.</source>
        <translation>רשימת האורחים של העמדה הזו מוצפנת והמפתח שלה לא זמין כאן (אין רשומה פתוחה במחזיק המפתחות, אין {variable}); שום דבר לא שונה. כדי לפתוח אותה, יש להגדיר את {variable2} למפתח של העמדה הזו, או לפתוח את האפליקציה במחשב הזה ולשחרר את האחסון ששומר אותו.</translation>
    </message>
    <message>
        <source>This station&apos;s database {file} (made {date}) is gone: scans not yet sent to Wix may be lost. Put the file back, or run `checkin-app repair` to start a new, empty one.</source>
        <translation>מסד הנתונים {file} של העמדה הזו (נוצר ב-{date}) נעלם: ייתכן שסריקות שעוד לא נשלחו ל-Wix אבדו. יש להחזיר את הקובץ, או להריץ `checkin-app repair` כדי להתחיל מסד חדש וריק.</translation>
    </message>
    <message>
        <source>No database at {file}: run `checkin-app sync` first to download the guest list.</source>
        <translation>אין מסד נתונים ב-{file}: יש להריץ קודם `checkin-app sync` כדי להוריד את רשימת האורחים.</translation>
    </message>
    <message>
        <source>The database key cannot be read: {error}.</source>
        <translation>לא ניתן לקרוא את מפתח מסד הנתונים: {error}.</translation>
    </message>
    <message>
        <source>A new station keeps its guest list encrypted, and there is no place for its key here (no system keyring): {how}. Nothing was created.</source>
        <translation>עמדה חדשה שומרת את רשימת האורחים מוצפנת, ואין כאן מקום למפתח שלה (אין מחזיק מפתחות במערכת): {how}. שום דבר לא נוצר.</translation>
    </message>
    <message>
        <source>Cannot keep the database key: {error}.</source>
        <translation>לא ניתן לשמור את מפתח מסד הנתונים: {error}.</translation>
    </message>
    <message>
        <source>This station&apos;s guest list was saved unencrypted by an older version and is encrypted on first start, but there is no place for its key here: {how}. Nothing was changed.</source>
        <translation>רשימת האורחים של העמדה הזו נשמרה לא מוצפנת בגרסה קודמת, והיא מוצפנת בהפעלה הראשונה, אבל אין כאן מקום למפתח שלה: {how}. שום דבר לא שונה.</translation>
    </message>
    <message>
        <source>The database {file} cannot be read: it is damaged, or the key is not this station&apos;s. Nothing was changed. {detail}</source>
        <translation>לא ניתן לקרוא את מסד הנתונים {file}: הוא פגום, או שהמפתח אינו של העמדה הזו. שום דבר לא שונה. {detail}</translation>
    </message>
    <message>
        <source>The database {file} is damaged (or not readable with this station&apos;s key); nothing was decided or changed.</source>
        <translation>מסד הנתונים {file} פגום (או לא קריא עם המפתח של העמדה הזו); שום דבר לא הוחלט או שונה.</translation>
    </message>
    <message>
        <source>The data directory {folder} is read-only.</source>
        <translation>תיקיית הנתונים {folder} לקריאה בלבד.</translation>
    </message>
    <message>
        <source>The disk holding {file} is full. Free some space and retry.</source>
        <translation>הדיסק של {file} מלא. יש לפנות מקום ולנסות שוב.</translation>
    </message>
    <message>
        <source>The disk holding {file} is full.</source>
        <translation>הדיסק של {file} מלא.</translation>
    </message>
    <message>
        <source>Cannot open the database {file} (missing folder or no permission).</source>
        <translation>לא ניתן לפתוח את מסד הנתונים {file} (תיקייה חסרה או אין הרשאה).</translation>
    </message>
    <message>
        <source>The database {file} is busy in another program.</source>
        <translation>מסד הנתונים {file} תפוס על ידי תוכנה אחרת.</translation>
    </message>
    <message>
        <source>Database error in {file}: {error}</source>
        <translation>שגיאת מסד נתונים ב-{file}: {error}</translation>
    </message>
    <message>
        <source>The database {file} is damaged: scans are not decided until it is salvaged (restart the app, or run `checkin-app repair`).</source>
        <translation>מסד הנתונים {file} פגום: שום סריקה לא תוכרע עד שהוא ישוחזר (יש להפעיל מחדש את האפליקציה או להריץ `checkin-app repair`).</translation>
    </message>
    <message>
        <source>The database {file} was written by a newer checkin-app; update the app.</source>
        <translation>מסד הנתונים {file} נכתב בגרסה חדשה יותר של checkin-app; יש לעדכן את האפליקציה.</translation>
    </message>
    <message>
        <source>Cannot create the data directory {folder}: {error}.</source>
        <translation>לא ניתן ליצור את תיקיית הנתונים {folder}: {error}.</translation>
    </message>
    <message>
        <source>Encrypting {file} did not copy every row; the plain file is kept.</source>
        <translation>ההצפנה של {file} לא העתיקה את כל השורות; הקובץ הלא מוצפן נשמר.</translation>
    </message>
    <message>
        <source>The database {file} is in use by another program; close it and start again.</source>
        <translation>מסד הנתונים {file} בשימוש של תוכנה אחרת; יש לסגור אותה ולהפעיל מחדש.</translation>
    </message>
    <message>
        <source>Could not encrypt the database {file}: {error}.</source>
        <translation>לא ניתן להצפין את מסד הנתונים {file}: {error}.</translation>
    </message>
    <message>
        <source>The encrypted copy of {file} did not verify; nothing changed.</source>
        <translation>העותק המוצפן של {file} לא עבר אימות; שום דבר לא שונה.</translation>
    </message>
    <message>
        <source>No passphrase store at {file}.</source>
        <translation>אין אחסון מוגן בסיסמה ב-{file}.</translation>
    </message>
    <message>
        <source>Cannot use the passphrase store {file}: {error}.</source>
        <translation>לא ניתן להשתמש באחסון המוגן בסיסמה {file}: {error}.</translation>
    </message>
    <message>
        <source>That passphrase does not open the stored secrets.</source>
        <translation>הסיסמה הזו לא פותחת את הסודות השמורים.</translation>
    </message>
    <message>
        <source>the passphrase needs at least {count} characters</source>
        <translation>הסיסמה צריכה לפחות {count} תווים</translation>
    </message>
    <message>
        <source>there is no passphrase store yet on this computer</source>
        <translation>עדיין אין אחסון מוגן בסיסמה במחשב הזה</translation>
    </message>
    <message>
        <source>cannot save in the system keyring ({error})</source>
        <translation>לא ניתן לשמור במחזיק המפתחות של המערכת ({error})</translation>
    </message>
    <message>
        <source>cannot reach the system keyring ({error})</source>
        <translation>אין גישה למחזיק המפתחות של המערכת ({error})</translation>
    </message>
    <message>
        <source>the {what} is empty</source>
        <translation>{what}: ריק</translation>
    </message>
    <message>
        <source>the {what} contains a line break or another control character inside it; copy it again as one line</source>
        <translation>{what}: מכיל ירידת שורה או תו בקרה אחר; יש להעתיק שוב כשורה אחת</translation>
    </message>
    <message>
        <source>No camera found at index {index}: check that it is plugged in and not used by another program, or choose another camera.</source>
        <translation>לא נמצאה מצלמה מספר {index}: יש לבדוק שהיא מחוברת ושאין תוכנה אחרת שמשתמשת בה, או לבחור מצלמה אחרת.</translation>
    </message>
    <message>
        <source>Camera {index} was disconnected and did not come back.</source>
        <translation>מצלמה {index} נותקה ולא חזרה.</translation>
    </message>
    <message>
        <source>No such video file: {file}</source>
        <translation>קובץ הווידאו לא נמצא: {file}</translation>
    </message>
    <message>
        <source>Cannot read {file}: not a video this app can decode.</source>
        <translation>לא ניתן לקרוא את {file}: זה לא סרטון שהאפליקציה יודעת לפענח.</translation>
    </message>
    <message>
        <source>No images found in {folder}</source>
        <translation>לא נמצאו תמונות ב-{folder}</translation>
    </message>
    <message>
        <source>Cannot read {file}: the video has no readable frames.</source>
        <translation>לא ניתן לקרוא את {file}: אין בסרטון פריימים קריאים.</translation>
    </message>
    <message>
        <source>None of the images could be read.</source>
        <translation>אף אחת מהתמונות לא נקראה.</translation>
    </message>
    <message>
        <source>No such file or folder: {file}</source>
        <translation>הקובץ או התיקייה לא נמצאו: {file}</translation>
    </message>
    <message>
        <source>No camera, file or folder called {name}: give a camera number (0), a video or image file, a folder of images, or &apos;demo&apos;.</source>
        <translation>אין מצלמה, קובץ או תיקייה בשם {name}: יש לתת מספר מצלמה (0), קובץ וידאו או תמונה, תיקיית תמונות, או &apos;demo&apos;.</translation>
    </message>
    <message>
        <source>The hub address must be https://host:port, not {url}.</source>
        <translation>כתובת המוקד חייבת להיות https://host:port, לא {url}.</translation>
    </message>
    <message>
        <source>Cannot reach the hub at {url} ({error}).</source>
        <translation>אין גישה למוקד בכתובת {url} ({error}).</translation>
    </message>
    <message>
        <source>The hub presented no certificate.</source>
        <translation>המוקד לא הציג תעודה.</translation>
    </message>
    <message>
        <source>The device at {url} is not the hub that was chosen (its certificate differs): another device may be posing as the hub. Nothing was paired.</source>
        <translation>המכשיר בכתובת {url} אינו המוקד שנבחר (התעודה שלו שונה): ייתכן שמכשיר אחר מתחזה למוקד. שום דבר לא חובר.</translation>
    </message>
    <message>
        <source>The hub stopped answering ({error}).</source>
        <translation>המוקד הפסיק לענות ({error}).</translation>
    </message>
    <message>
        <source>The hub at {url} sent an answer that is not JSON ({status}).</source>
        <translation>המוקד בכתובת {url} שלח תשובה שאינה JSON ({status}).</translation>
    </message>
    <message>
        <source>Too many pairing attempts: wait a minute, or ask for a new code.</source>
        <translation>יותר מדי ניסיונות חיבור: המתינו דקה, או בקשו קוד חדש.</translation>
    </message>
    <message>
        <source>The hub refused to pair ({status}).</source>
        <translation>המוקד סירב לחיבור ({status}).</translation>
    </message>
    <message>
        <source>The hub&apos;s pairing answer is incomplete.</source>
        <translation>תשובת החיבור של המוקד חלקית.</translation>
    </message>
    <message>
        <source>The hub could not prove it knows the code: another device may be posing as the hub on this network. Nothing was paired.</source>
        <translation>המוקד לא הצליח להוכיח שהוא מכיר את הקוד: ייתכן שמכשיר אחר ברשת הזאת מתחזה למוקד. שום דבר לא חובר.</translation>
    </message>
    <message>
        <source>Wrong or expired pairing code (or the connection to the hub is being intercepted).</source>
        <translation>קוד חיבור שגוי או שפג תוקפו (או שהחיבור למוקד מיורט).</translation>
    </message>
    <message>
        <source>Give the hub&apos;s address (https://host:port) or choose a hub.</source>
        <translation>ציינו את כתובת המוקד (https://host:port) או בחרו מוקד.</translation>
    </message>
    <message>
        <source>The pairing could not be kept in this computer&apos;s secret store.</source>
        <translation>לא ניתן היה לשמור את החיבור במאגר הסודות של המחשב הזה.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <source>This panel could not be opened: {error}</source>
        <translation>לא ניתן לפתוח את התצוגה הזו: {error}</translation>
    </message>
    <message>
        <source>Organizer — {station}</source>
        <translation>מארגנים — {station}</translation>
    </message>
    <message>
        <source>Organizer views</source>
        <translation>תצוגות מארגנים</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>נא לאשר</translation>
    </message>
    <message>
        <source>What Wix answers appears here.</source>
        <translation>כאן יופיע מה ש-Wix עונה.</translation>
    </message>
    <message>
        <source>What Wix answered</source>
        <translation>התשובה של Wix</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>עתידי</translation>
    </message>
    <message>
        <source>started</source>
        <translation>מתקיים</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>הסתיים</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>טיוטה</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {error}</source>
        <translation>משהו לא צפוי השתבש: {error}</translation>
    </message>
    <message>
        <source>Event setup</source>
        <translation>הקמת אירוע</translation>
    </message>
    <message>
        <source>Walk-up sales</source>
        <translation>מכירה בכניסה</translation>
    </message>
    <message>
        <source>Live stats</source>
        <translation>נתונים בזמן אמת</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Paid</source>
        <translation>שולם</translation>
    </message>
    <message>
        <source>Free ticket</source>
        <translation>כרטיס חינם</translation>
    </message>
    <message>
        <source>Admitted with a warning: paid, but the payment gateway suspended the payment</source>
        <translation>הוכנס עם אזהרה: שולם, אבל ספק התשלומים השהה את התשלום</translation>
    </message>
    <message>
        <source>Payment suspended by the payment gateway: not admitted (organizer&apos;s setting)</source>
        <translation>התשלום הושהה על ידי ספק התשלומים: לא הוכנס (הגדרת המארגנים)</translation>
    </message>
    <message>
        <source>Admitted with a warning: card authorised, not yet charged (can still be voided)</source>
        <translation>הוכנס עם אזהרה: הכרטיס אושר אבל עוד לא חויב (עדיין אפשר לבטל)</translation>
    </message>
    <message>
        <source>Card only authorised, not charged: not admitted (organizer&apos;s setting)</source>
        <translation>הכרטיס רק אושר ולא חויב: לא הוכנס (הגדרת המארגנים)</translation>
    </message>
    <message>
        <source>Pay at door</source>
        <translation>תשלום בכניסה</translation>
    </message>
    <message>
        <source>Not paid online</source>
        <translation>לא שולם באינטרנט</translation>
    </message>
    <message>
        <source>Order only partly paid</source>
        <translation>ההזמנה שולמה רק בחלקה</translation>
    </message>
    <message>
        <source>Order canceled</source>
        <translation>ההזמנה בוטלה</translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation>התשלום נדחה</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>התשלום בוטל</translation>
    </message>
    <message>
        <source>Order status unknown</source>
        <translation>מצב ההזמנה לא ידוע</translation>
    </message>
    <message>
        <source>Archived by the organizer (hidden from Wix&apos;s order list, not canceled)</source>
        <translation>הועבר לארכיון על ידי המארגנים (מוסתר ברשימת ההזמנות של Wix, לא בוטל)</translation>
    </message>
    <message>
        <source>Not a ticket for this event</source>
        <translation>לא כרטיס לאירוע הזה</translation>
    </message>
    <message>
        <source>Not a ticket for this event: {event}</source>
        <translation>לא כרטיס לאירוע הזה: {event}</translation>
    </message>
    <message>
        <source>Ticket not on the guest list</source>
        <translation>הכרטיס לא ברשימת האורחים</translation>
    </message>
    <message>
        <source>Ticket not on the guest list (guest list updated {age})</source>
        <translation>הכרטיס לא ברשימת האורחים (הרשימה עודכנה {age})</translation>
    </message>
    <message>
        <source>Guest list not downloaded yet — check by name</source>
        <translation>רשימת האורחים עוד לא הורדה — לבדוק לפי שם</translation>
    </message>
    <message>
        <source>Guest list still downloading ({received} of {total}) — check by name</source>
        <translation>רשימת האורחים עדיין יורדת ({received} מתוך {total}) — לבדוק לפי שם</translation>
    </message>
    <message>
        <source>Ticket no longer on the guest list</source>
        <translation>הכרטיס כבר לא ברשימת האורחים</translation>
    </message>
    <message>
        <source>Ticket canceled</source>
        <translation>הכרטיס בוטל</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>כבר בוצע צ&apos;ק-אין</translation>
    </message>
    <message>
        <source>Already checked in at {station}</source>
        <translation>כבר בוצע צ&apos;ק-אין בעמדה {station}</translation>
    </message>
    <message>
        <source>{reason}: collect {money}</source>
        <translation>{reason}: לגבות {money}</translation>
    </message>
    <message>
        <source>Not a ticket code</source>
        <translation>לא קוד של כרטיס</translation>
    </message>
    <message>
        <source>Admitted by supervisor (was: {reason})</source>
        <translation>הוכנס על ידי אחראי משמרת (קודם: {reason})</translation>
    </message>
    <message>
        <source>Payment collected: {money}</source>
        <translation>התשלום נגבה: {money}</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>הצ&apos;ק-אין בוטל</translation>
    </message>
    <message>
        <source>No longer on the guest list</source>
        <translation>כבר לא ברשימת האורחים</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>בארכיון</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Tickets</source>
        <translation>כרטיסים</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>הזמנה {number}</translation>
    </message>
    <message>
        <source>Paid {time}</source>
        <translation>שולם {time}</translation>
    </message>
    <message>
        <source>Buyer: {name}</source>
        <translation>קונה: {name}</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>סה״כ: {amount}</translation>
    </message>
    <message>
        <source>Free tickets: nothing to pay</source>
        <translation>כרטיסי חינם: אין מה לשלם</translation>
    </message>
    <message>
        <source>Paid by cash</source>
        <translation>שולם במזומן</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>שולם בכרטיס אשראי</translation>
    </message>
    <message>
        <source>Ticket {number} ({type})</source>
        <translation>כרטיס {number} ({type})</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>עמדה: {name}</translation>
    </message>
</context>
<context>
    <name>RecentScans</name>
    <message>
        <source>Admitted</source>
        <translation>הוכנס</translation>
    </message>
    <message>
        <source>Already in</source>
        <translation>כבר בפנים</translation>
    </message>
    <message>
        <source>Not on list</source>
        <translation>לא ברשימה</translation>
    </message>
    <message>
        <source>Wrong event</source>
        <translation>אירוע אחר</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>נדרש תשלום</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>לא שולם</translation>
    </message>
    <message>
        <source>Not a ticket</source>
        <translation>לא כרטיס</translation>
    </message>
    <message>
        <source>List still loading</source>
        <translation>הרשימה נטענת</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>אורח</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>כרטיס</translation>
    </message>
    <message>
        <source>{reason} — {station}</source>
        <translation>{reason} — {station}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>(supervisor)</source>
        <translation>(אחראי משמרת)</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>בוטל</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Result</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>&amp;ביטול צ&apos;ק-אין</translation>
    </message>
    <message>
        <source>&amp;Collect payment and admit</source>
        <translation>&amp;גביית תשלום והכנסה</translation>
    </message>
    <message>
        <source>&amp;Admit anyway (supervisor)</source>
        <translation>&amp;להכניס בכל זאת (אחראי משמרת)</translation>
    </message>
    <message>
        <source>&amp;Next guest</source>
        <translation>האורח ה&amp;בא</translation>
    </message>
    <message>
        <source>Time until the card clears</source>
        <translation>הזמן עד שהכרטיסייה תתנקה</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>מוכן</translation>
    </message>
    <message>
        <source>Show the ticket&apos;s QR code to the camera</source>
        <translation>יש להראות למצלמה את קוד ה-QR של הכרטיס</translation>
    </message>
    <message>
        <source>or scan it, or search the guest list</source>
        <translation>או לסרוק אותו, או לחפש ברשימת האורחים</translation>
    </message>
    <message>
        <source>Ready for the next guest</source>
        <translation>מוכן לאורח הבא</translation>
    </message>
    <message>
        <source>Result: {headline}</source>
        <translation>תוצאה: {headline}</translation>
    </message>
    <message>
        <source>ADMIT (supervisor)</source>
        <translation>להכניס (אחראי משמרת)</translation>
    </message>
    <message>
        <source>ADMIT</source>
        <translation>להכניס</translation>
    </message>
    <message>
        <source>ALREADY IN</source>
        <translation>כבר בפנים</translation>
    </message>
    <message>
        <source>PAYMENT DUE</source>
        <translation>נדרש תשלום</translation>
    </message>
    <message>
        <source>NOT ON THE LIST</source>
        <translation>לא ברשימה</translation>
    </message>
    <message>
        <source>WRONG EVENT</source>
        <translation>אירוע אחר</translation>
    </message>
    <message>
        <source>CANCELED</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>NOT PAID</source>
        <translation>לא שולם</translation>
    </message>
    <message>
        <source>NOT A TICKET</source>
        <translation>לא כרטיס</translation>
    </message>
    <message>
        <source>LIST STILL LOADING</source>
        <translation>הרשימה עוד נטענת</translation>
    </message>
    <message>
        <source>Already checked in at {time} at {station}</source>
        <translation>כבר בוצע צ&apos;ק-אין בשעה {time} בעמדה {station}</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>כבר בוצע צ&apos;ק-אין בשעה {time}</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>כבר בוצע צ&apos;ק-אין</translation>
    </message>
    <message>
        <source>This code is not a ticket for any event</source>
        <translation>הקוד הזה אינו כרטיס לשום אירוע</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <source>New shift</source>
        <translation>משמרת חדשה</translation>
    </message>
    <message>
        <source>Count totals from now (e.g. after emptying the till)</source>
        <translation>לספור סכומים מעכשיו (למשל אחרי ריקון הקופה)</translation>
    </message>
    <message>
        <source>Choose the event at the door first.</source>
        <translation>קודם יש לבחור את האירוע בכניסה.</translation>
    </message>
    <message>
        <source>Scan with your phone to pay {amount}</source>
        <translation>לסרוק בטלפון כדי לשלם {amount}</translation>
    </message>
    <message numerus="yes">
        <source>This shift: %n tickets, {revenue} · cash in drawer: {cash}</source>
        <translation>
            <numerusform>המשמרת הזו: כרטיס אחד, {revenue} · מזומן בקופה: {cash}</numerusform>
            <numerusform>המשמרת הזו: %n כרטיסים, {revenue} · מזומן בקופה: {cash}</numerusform>
        </translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— בחירה —</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>מייל</translation>
    </message>
    <message>
        <source>as the buyer</source>
        <translation>כמו הקונה</translation>
    </message>
    <message>
        <source>The tickets are emailed here</source>
        <translation>הכרטיסים נשלחים לכאן</translation>
    </message>
    <message>
        <source>Let Wix take the order without the form&apos;s answers</source>
        <translation>לאפשר ל-Wix לקבל את ההזמנה בלי תשובות הטופס</translation>
    </message>
    <message>
        <source>Skip Wix&apos;s form check</source>
        <translation>דילוג על בדיקת הטופס של Wix</translation>
    </message>
    <message>
        <source>Sends the order with ignoreFormValidation; answers can be missing</source>
        <translation>שולח את ההזמנה עם ignoreFormValidation; ייתכן שיחסרו תשובות</translation>
    </message>
    <message>
        <source>Wix then accepts the order even when required answers are missing.</source>
        <translation>Wix יקבל אז את ההזמנה גם אם חסרות תשובות חובה.</translation>
    </message>
    <message>
        <source>Guest {number}</source>
        <translation>אורח {number}</translation>
    </message>
    <message>
        <source>Registration questions</source>
        <translation>שאלות הרשמה</translation>
    </message>
    <message>
        <source>Sales need the network, and Wix cannot be reached. The door keeps working: scans are saved and sent later.</source>
        <translation>מכירות דורשות רשת, ואין חיבור ל-Wix. הכניסה ממשיכה לעבוד: סריקות נשמרות ונשלחות אחר כך.</translation>
    </message>
    <message>
        <source>Finish or cancel the current sale before switching events.</source>
        <translation>יש לסיים או לבטל את המכירה הנוכחית לפני החלפת אירוע.</translation>
    </message>
    <message>
        <source>Pick how many tickets the guest wants.</source>
        <translation>יש לבחור כמה כרטיסים האורח רוצה.</translation>
    </message>
    <message>
        <source>Holding the tickets…</source>
        <translation>שומר את הכרטיסים…</translation>
    </message>
    <message>
        <source>Tickets held. Take the guest&apos;s name and email, then the payment.</source>
        <translation>הכרטיסים נשמרו. עכשיו לרשום שם ומייל של האורח, ואז לגבות.</translation>
    </message>
    <message>
        <source>Recording the cash sale…</source>
        <translation>רושם את המכירה במזומן…</translation>
    </message>
    <message>
        <source>Making the order for card payment…</source>
        <translation>יוצר הזמנה לתשלום בכרטיס…</translation>
    </message>
    <message>
        <source>Sold. The tickets are ready to check in.</source>
        <translation>נמכר. אפשר לעשות צ&apos;ק-אין לכרטיסים.</translation>
    </message>
    <message>
        <source>Sale cancelled: the tickets are back on sale.</source>
        <translation>המכירה בוטלה: הכרטיסים חזרו למכירה.</translation>
    </message>
    <message>
        <source>The hold expired: the tickets are back on sale.</source>
        <translation>השמירה פגה: הכרטיסים חזרו למכירה.</translation>
    </message>
    <message>
        <source>The sale did not go through.</source>
        <translation>המכירה לא הושלמה.</translation>
    </message>
    <message>
        <source>Let the guest scan the code and pay on their phone.</source>
        <translation>האורח סורק את הקוד ומשלם בטלפון.</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n sales left from before.</source>
        <translation>
            <numerusform>הושלמה מכירה אחת שנשארה מקודם.</numerusform>
            <numerusform>הושלמו %n מכירות שנשארו מקודם.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held for {time}</source>
        <translation>שמור ל-{time}</translation>
    </message>
    <message>
        <source>Paid {amount}</source>
        <translation>שולם {amount}</translation>
    </message>
    <message>
        <source>Cancel or finish this sale first.</source>
        <translation>קודם יש לבטל או לסיים את המכירה הזו.</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>השמירה פגה</translation>
    </message>
    <message>
        <source>Waiting for the payment</source>
        <translation>ממתין לתשלום</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>Did not go through</source>
        <translation>לא הושלם</translation>
    </message>
    <message>
        <source>Holding…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <source>free</source>
        <translation>חינם</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>אזל</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>לא במכירה</translation>
    </message>
    <message>
        <source>Tickets on sale</source>
        <translation>כרטיסים במכירה</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>סוג כרטיס</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>מחיר</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>נשארו</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>כמה</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <source>Refresh availability</source>
        <translation>רענון הזמינות</translation>
    </message>
    <message>
        <source>Ask Wix how many tickets of each type are left</source>
        <translation>לשאול את Wix כמה כרטיסים נשארו מכל סוג</translation>
    </message>
    <message>
        <source>Ask Wix how many tickets are left</source>
        <translation>לשאול את Wix כמה כרטיסים נשארו</translation>
    </message>
    <message>
        <source>How many: {ticket}</source>
        <translation>כמה: {ticket}</translation>
    </message>
    <message>
        <source>Hold these tickets</source>
        <translation>שמירת הכרטיסים האלה</translation>
    </message>
    <message>
        <source>Reserve the chosen tickets while the guest decides</source>
        <translation>לשמור את הכרטיסים שנבחרו בזמן שהאורח מחליט</translation>
    </message>
    <message>
        <source>Cash received: sell</source>
        <translation>התקבל מזומן: למכור</translation>
    </message>
    <message>
        <source>Card: show pay code</source>
        <translation>אשראי: להציג קוד תשלום</translation>
    </message>
    <message>
        <source>Show a code the guest scans to pay by card on their phone</source>
        <translation>להציג קוד שהאורח סורק כדי לשלם באשראי בטלפון</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>ביטול המכירה</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ניסיון חוזר</translation>
    </message>
    <message>
        <source>Ask Wix where this sale stands and finish it</source>
        <translation>לשאול את Wix מה מצב המכירה ולהשלים אותה</translation>
    </message>
    <message>
        <source>Payment code</source>
        <translation>קוד תשלום</translation>
    </message>
    <message>
        <source>Issue the free tickets</source>
        <translation>הנפקת כרטיסי החינם</translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation>כרטיסים שנמכרו</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>קוד הכרטיס</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>צ&apos;ק-אין עכשיו</translation>
    </message>
    <message>
        <source>Save as picture…</source>
        <translation>שמירה כתמונה…</translation>
    </message>
    <message>
        <source>Pictures (*.png)</source>
        <translation>תמונות (*.png)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>שמירה כ-PDF…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>קובצי PDF‏ (*.pdf)</translation>
    </message>
    <message>
        <source>Next guest</source>
        <translation>האורח הבא</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>קבלה</translation>
    </message>
    <message>
        <source>Save the ticket</source>
        <translation>שמירת הכרטיס</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>נשמר: {file}</translation>
    </message>
    <message>
        <source>Cannot save {file}: the folder does not exist.</source>
        <translation>לא ניתן לשמור את {file}: התיקייה לא קיימת.</translation>
    </message>
    <message>
        <source>Cannot save {file}: the file cannot be written.</source>
        <translation>לא ניתן לשמור את {file}: אי אפשר לכתוב לקובץ.</translation>
    </message>
    <message>
        <source>Cannot save {file}: nothing was written.</source>
        <translation>לא ניתן לשמור את {file}: שום דבר לא נכתב.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Where to keep the keys</source>
        <translation>איפה לשמור את המפתחות</translation>
    </message>
    <message>
        <source>This computer has no system keyring (or it is locked). Check-in needs a safe place for the Wix API key and the key that encrypts the guest list.</source>
        <translation>במחשב הזה אין מחזיק מפתחות (או שהוא נעול). צ&apos;ק-אין צריך מקום בטוח למפתח ה-API של Wix ולמפתח שמצפין את רשימת האורחים.</translation>
    </message>
    <message>
        <source>Unlock the keys saved with a passphrase</source>
        <translation>לשחרר את המפתחות ששמורים עם סיסמה</translation>
    </message>
    <message>
        <source>Keep them in a file protected by a passphrase (recommended)</source>
        <translation>לשמור אותם בקובץ מוגן בסיסמה (מומלץ)</translation>
    </message>
    <message>
        <source>Keep them for this session only</source>
        <translation>לשמור אותם רק לפעם הזו</translation>
    </message>
    <message>
        <source>Nothing is saved: the API key is asked again next time, and check-ins not yet sent to Wix when the app closes cannot be read again.</source>
        <translation>שום דבר לא נשמר: מפתח ה-API יתבקש שוב בפעם הבאה, וצ&apos;ק-אינים שלא נשלחו ל-Wix עד סגירת האפליקציה לא יהיו קריאים שוב.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>הסיסמה שוב</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>המשך</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>הסיסמה צריכה לפחות {n} תווים.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>שתי הסיסמאות שונות.</translation>
    </message>
    <message>
        <source>That passphrase does not open the saved keys.</source>
        <translation>הסיסמה הזו לא פותחת את המפתחות השמורים.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Station settings</source>
        <translation>הגדרות העמדה</translation>
    </message>
    <message>
        <source>e.g. Door 2</source>
        <translation>למשל כניסה 2</translation>
    </message>
    <message>
        <source>Saved; type a new one to replace it</source>
        <translation>שמור; אפשר להקליד חדש כדי להחליף</translation>
    </message>
    <message>
        <source>Paste the API key from the Wix API Keys Manager</source>
        <translation>יש להדביק את מפתח ה-API ממנהל מפתחות ה-API של Wix</translation>
    </message>
    <message>
        <source>Automatic (first camera)</source>
        <translation>אוטומטי (המצלמה הראשונה)</translation>
    </message>
    <message>
        <source>Camera {n}</source>
        <translation>מצלמה {n}</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>מצלמת הדגמה</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>בלי מצלמה</translation>
    </message>
    <message>
        <source>Play a sound for each scan</source>
        <translation>צליל בכל סריקה</translation>
    </message>
    <message>
        <source> s</source>
        <translation> שנ׳</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>להשאיר ריק כדי לשמור על הקוד הנוכחי</translation>
    </message>
    <message>
        <source>No PIN: anyone can change settings</source>
        <translation>אין קוד: כל אחד יכול לשנות הגדרות</translation>
    </message>
    <message>
        <source>Remove the PIN (no door mode)</source>
        <translation>הסרת הקוד (בלי מצב כניסה)</translation>
    </message>
    <message>
        <source>Admit guests whose payment the gateway suspended (PENDING)</source>
        <translation>להכניס אורחים שספק התשלומים השהה את התשלום שלהם (PENDING)</translation>
    </message>
    <message>
        <source>Admit guests whose card is authorised but not charged (AUTHORIZED)</source>
        <translation>להכניס אורחים שהכרטיס שלהם אושר אבל לא חויב (AUTHORIZED)</translation>
    </message>
    <message>
        <source>Admit suspended payments</source>
        <translation>להכניס תשלומים מושהים</translation>
    </message>
    <message>
        <source>Admit authorised card payments</source>
        <translation>להכניס תשלומי אשראי מאושרים</translation>
    </message>
    <message>
        <source>Admitted guests get a warning on the card; unticked, they are turned away and a supervisor can still admit them.</source>
        <translation>אורחים שהוכנסו מקבלים אזהרה על הכרטיסייה; בלי סימון הם לא מוכנסים, ואחראי משמרת עדיין יכול להכניס אותם.</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>העמדה הזו</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>שם העמדה</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>מצלמה</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>רזולוציה</translation>
    </message>
    <message>
        <source>Clear the result after</source>
        <translation>לנקות את התוצאה אחרי</translation>
    </message>
    <message>
        <source>Wix connection</source>
        <translation>חיבור ל-Wix</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>מזהה אתר</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>מפתח API</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>שרת</translation>
    </message>
    <message>
        <source>Payments Wix is still settling</source>
        <translation>תשלומים ש-Wix עוד מעבד</translation>
    </message>
    <message>
        <source>Supervisor PIN (door mode)</source>
        <translation>קוד אחראי משמרת (מצב כניסה)</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>קוד חדש</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>הקוד שוב</translation>
    </message>
    <message>
        <source> days after the event</source>
        <translation> ימים אחרי האירוע</translation>
    </message>
    <message>
        <source>Guest data</source>
        <translation>נתוני אורחים</translation>
    </message>
    <message>
        <source>Forget guest names</source>
        <translation>מחיקת שמות האורחים</translation>
    </message>
    <message>
        <source>Keys kept in {store}.</source>
        <translation>המפתחות שמורים ב-{store}.</translation>
    </message>
    <message>
        <source>What is held, and until when…</source>
        <translation>מה שמור, ועד מתי…</translation>
    </message>
    <message>
        <source>Could not save the API key: {error}</source>
        <translation>לא ניתן לשמור את מפתח ה-API: {error}</translation>
    </message>
    <message>
        <source>Enter the site ID that the API key belongs to.</source>
        <translation>יש להזין את מזהה האתר שאליו שייך מפתח ה-API.</translation>
    </message>
    <message>
        <source>The server must start with https://</source>
        <translation>כתובת השרת חייבת להתחיל ב-https://</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} digits.</source>
        <translation>הקוד צריך לפחות {n} ספרות.</translation>
    </message>
    <message>
        <source>The two PINs are different.</source>
        <translation>שני הקודים שונים.</translation>
    </message>
    <message>
        <source>Resolution looks like 1280x720.</source>
        <translation>רזולוציה נכתבת כמו 1280x720.</translation>
    </message>
    <message>
        <source>Door mode and accessibility</source>
        <translation>מצב כניסה ונגישות</translation>
    </message>
    <message>
        <source> min</source>
        <translation> דק׳</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <source>With a supervisor PIN, door mode locks again after this long without a supervisor action, and whenever the computer wakes from sleep.</source>
        <translation>עם קוד אחראי משמרת, מצב הכניסה ננעל שוב אחרי הזמן הזה בלי פעולה של אחראי, ובכל פעם שהמחשב מתעורר ממצב שינה.</translation>
    </message>
    <message>
        <source>Speak each verdict (e.g. “Admit, Anna Lee, VIP”)</source>
        <translation>להקריא כל תוצאה (למשל „להכניס, Anna Lee, VIP”)</translation>
    </message>
    <message>
        <source>Large text and high contrast</source>
        <translation>טקסט גדול וניגודיות גבוהה</translation>
    </message>
    <message>
        <source>Lock door mode after</source>
        <translation>לנעול את מצב הכניסה אחרי</translation>
    </message>
    <message>
        <source>Same as this computer ({language})</source>
        <translation>כמו המחשב הזה ({language})</translation>
    </message>
    <message>
        <source>A new language applies the next time Check-in starts.</source>
        <translation>שפה חדשה תחול בהפעלה הבאה של צ&apos;ק-אין.</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>Event to set up</source>
        <translation>האירוע להקמה</translation>
    </message>
    <message>
        <source>Load from Wix</source>
        <translation>טעינה מ-Wix</translation>
    </message>
    <message>
        <source>Read the chosen event and its ticket types from Wix</source>
        <translation>לקרוא מ-Wix את האירוע שנבחר ואת סוגי הכרטיסים שלו</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>שלבי ההקמה</translation>
    </message>
    <message>
        <source>1 Event</source>
        <translation>1 אירוע</translation>
    </message>
    <message>
        <source>2 Tickets</source>
        <translation>2 כרטיסים</translation>
    </message>
    <message>
        <source>3 Form</source>
        <translation>3 טופס</translation>
    </message>
    <message>
        <source>4 Policies</source>
        <translation>4 מדיניות</translation>
    </message>
    <message>
        <source>5 Schedule</source>
        <translation>5 לוח זמנים</translation>
    </message>
    <message>
        <source>6 Categories</source>
        <translation>6 קטגוריות</translation>
    </message>
    <message>
        <source>7 Staff</source>
        <translation>7 צוות</translation>
    </message>
    <message>
        <source>8 Publish</source>
        <translation>8 פרסום</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>אירוע:</translation>
    </message>
    <message>
        <source>What Wix answered</source>
        <translation>התשובה של Wix</translation>
    </message>
    <message>
        <source>— choose an event —</source>
        <translation>— בחירת אירוע —</translation>
    </message>
    <message>
        <source>No event chosen: create or copy one in step 1.</source>
        <translation>לא נבחר אירוע: אפשר ליצור או להעתיק אחד בשלב 1.</translation>
    </message>
    <message>
        <source>Setting up: {event} ({status}) — the door&apos;s event</source>
        <translation>בהקמה: {event} ({status}) — האירוע בכניסה</translation>
    </message>
    <message>
        <source>Setting up: {event} ({status})</source>
        <translation>בהקמה: {event} ({status})</translation>
    </message>
    <message>
        <source>Choose an event to load.</source>
        <translation>יש לבחור אירוע לטעינה.</translation>
    </message>
    <message>
        <source>Wix allows three policies per event. Pick one to change, move or delete it.</source>
        <translation>Wix מאפשר שלוש מדיניות לאירוע. אפשר לבחור אחת כדי לשנות, להזיז או למחוק אותה.</translation>
    </message>
    <message>
        <source>Policies, in the order guests see them</source>
        <translation>מדיניות, לפי הסדר שבו האורחים רואים אותן</translation>
    </message>
    <message>
        <source>e.g. Refund policy</source>
        <translation>למשל מדיניות החזרים</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>הוספת מדיניות</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>שמירת השינויים</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>למעלה</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>למטה</translation>
    </message>
    <message>
        <source>Delete the policy “%1” on Wix?</source>
        <translation>למחוק את המדיניות „%1” ב-Wix?</translation>
    </message>
    <message>
        <source>Turn on the schedule</source>
        <translation>הפעלת לוח הזמנים</translation>
    </message>
    <message>
        <source>Guests see the schedule on the event page; changes here are published at once. Pick an item to change or delete it.</source>
        <translation>האורחים רואים את לוח הזמנים בדף האירוע; שינויים כאן מתפרסמים מיד. אפשר לבחור פריט כדי לשנות או למחוק אותו.</translation>
    </message>
    <message>
        <source>Schedule items</source>
        <translation>פריטי לוח הזמנים</translation>
    </message>
    <message>
        <source>e.g. Doors open</source>
        <translation>למשל פתיחת דלתות</translation>
    </message>
    <message>
        <source>e.g. Main stage (optional)</source>
        <translation>למשל הבמה המרכזית (לא חובה)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>פריט</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>במה</translation>
    </message>
    <message>
        <source>Add to the schedule</source>
        <translation>הוספה ללוח הזמנים</translation>
    </message>
    <message>
        <source>Delete “%1” from the schedule on Wix?</source>
        <translation>למחוק את „%1” מלוח הזמנים ב-Wix?</translation>
    </message>
    <message>
        <source>e.g. Summer Gala</source>
        <translation>למשל ערב קיץ</translation>
    </message>
    <message>
        <source>Online event (no venue)</source>
        <translation>אירוע מקוון (בלי מקום)</translation>
    </message>
    <message>
        <source>Online event</source>
        <translation>אירוע מקוון</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>שם המקום</translation>
    </message>
    <message>
        <source>Street, city</source>
        <translation>רחוב, עיר</translation>
    </message>
    <message>
        <source> min</source>
        <translation> דק׳</translation>
    </message>
    <message>
        <source>Further dates</source>
        <translation>מועדים נוספים</translation>
    </message>
    <message>
        <source>Another date</source>
        <translation>מועד נוסף</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>הוספת מועד</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Remove the chosen date</source>
        <translation>הסרת המועד שנבחר</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>מקום</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>אזור זמן</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <source>Max per order</source>
        <translation>מקסימום להזמנה</translation>
    </message>
    <message>
        <source>Hold tickets for</source>
        <translation>לשמור כרטיסים למשך</translation>
    </message>
    <message>
        <source>Also on</source>
        <translation>גם ב-</translation>
    </message>
    <message>
        <source>Create draft event</source>
        <translation>יצירת טיוטת אירוע</translation>
    </message>
    <message>
        <source>Title of the copy</source>
        <translation>כותרת העותק</translation>
    </message>
    <message>
        <source>Title of the copy (optional)</source>
        <translation>כותרת העותק (לא חובה)</translation>
    </message>
    <message>
        <source>Copy as a new draft</source>
        <translation>העתקה כטיוטה חדשה</translation>
    </message>
    <message>
        <source>Copy the event chosen above (form, tickets, settings)</source>
        <translation>העתקת האירוע שנבחר למעלה (טופס, כרטיסים, הגדרות)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Or copy the chosen event&lt;/b&gt;</source>
        <translation>&lt;b&gt;או להעתיק את האירוע שנבחר&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>כותרת חדשה</translation>
    </message>
    <message>
        <source>Choose the event to copy in the list above.</source>
        <translation>יש לבחור ברשימה למעלה את האירוע להעתקה.</translation>
    </message>
    <message>
        <source>Publishing puts the event on sale on your site. It cannot be undone: a published event cannot go back to draft.</source>
        <translation>פרסום מעמיד את האירוע למכירה באתר שלכם. אי אפשר לבטל את זה: אירוע שפורסם לא חוזר להיות טיוטה.</translation>
    </message>
    <message>
        <source>I understand, publish it</source>
        <translation>הבנתי, לפרסם</translation>
    </message>
    <message>
        <source>Confirm publishing</source>
        <translation>אישור הפרסום</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>פרסום</translation>
    </message>
    <message>
        <source>Use this event at the door</source>
        <translation>להשתמש באירוע הזה בכניסה</translation>
    </message>
    <message>
        <source>Check in guests</source>
        <translation>צ&apos;ק-אין לאורחים</translation>
    </message>
    <message>
        <source>Sell tickets</source>
        <translation>מכירת כרטיסים</translation>
    </message>
    <message>
        <source>Add guests</source>
        <translation>הוספת אורחים</translation>
    </message>
    <message>
        <source>See sales figures</source>
        <translation>צפייה בנתוני מכירות</translation>
    </message>
    <message>
        <source>See form answers</source>
        <translation>צפייה בתשובות לטופס</translation>
    </message>
    <message>
        <source>not logged in yet</source>
        <translation>עוד לא התחבר</translation>
    </message>
    <message>
        <source>has access</source>
        <translation>יש גישה</translation>
    </message>
    <message>
        <source>access paused</source>
        <translation>הגישה מושהית</translation>
    </message>
    <message>
        <source>One category per line (up to 10)</source>
        <translation>קטגוריה אחת בכל שורה (עד 10)</translation>
    </message>
    <message>
        <source>New categories</source>
        <translation>קטגוריות חדשות</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <source>Put the event in this category</source>
        <translation>הכנסת האירוע לקטגוריה הזו</translation>
    </message>
    <message>
        <source>Create a category first.</source>
        <translation>קודם יש ליצור קטגוריה.</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>כל האירועים</translation>
    </message>
    <message>
        <source>Staff check guests in with the Check-in by Wix app on their phone. Pick someone to change what they may do, or to pause their access.</source>
        <translation>הצוות עושה צ&apos;ק-אין לאורחים באפליקציה Check-in by Wix בטלפון. אפשר לבחור מישהו כדי לשנות מה מותר לו או להשהות את הגישה שלו.</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>אנשי צוות</translation>
    </message>
    <message>
        <source>e.g. Sam at the door</source>
        <translation>למשל Sam בכניסה</translation>
    </message>
    <message>
        <source>Only for this event</source>
        <translation>רק לאירוע הזה</translation>
    </message>
    <message>
        <source>May</source>
        <translation>מורשה</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>הוספת איש צוות</translation>
    </message>
    <message>
        <source>Save permissions</source>
        <translation>שמירת ההרשאות</translation>
    </message>
    <message>
        <source>Pause access</source>
        <translation>השהיית הגישה</translation>
    </message>
    <message>
        <source>Their login link stops working until you resume it</source>
        <translation>קישור הכניסה שלו מפסיק לעבוד עד שמחדשים את הגישה</translation>
    </message>
    <message>
        <source>Resume access</source>
        <translation>חידוש הגישה</translation>
    </message>
    <message>
        <source>Login link: {link}</source>
        <translation>קישור כניסה: {link}</translation>
    </message>
    <message>
        <source>Remove %1? Their login link stops working.</source>
        <translation>להסיר את %1? קישור הכניסה שלו יפסיק לעבוד.</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>תשובה קצרה</translation>
    </message>
    <message>
        <source>Drop-down</source>
        <translation>רשימה נפתחת</translation>
    </message>
    <message>
        <source>Check boxes</source>
        <translation>תיבות סימון</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>בחירה אחת</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>מייל</translation>
    </message>
    <message>
        <source>Additional guests</source>
        <translation>אורחים נוספים</translation>
    </message>
    <message>
        <source>, must answer</source>
        <translation>, חובה לענות</translation>
    </message>
    <message>
        <source> (always asked)</source>
        <translation> (תמיד נשאל)</translation>
    </message>
    <message>
        <source>Questions on the form</source>
        <translation>שאלות בטופס</translation>
    </message>
    <message>
        <source>Guests answer these questions at checkout.</source>
        <translation>האורחים עונים על השאלות האלה בזמן הקנייה.</translation>
    </message>
    <message>
        <source>e.g. Company</source>
        <translation>למשל חברה</translation>
    </message>
    <message>
        <source>Guests must answer</source>
        <translation>חובה לענות</translation>
    </message>
    <message>
        <source>Choices, separated by commas</source>
        <translation>אפשרויות, מופרדות בפסיקים</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>שאלה</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>אפשרויות</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>הוספת שאלה</translation>
    </message>
    <message>
        <source>Save the changes to the question picked in the list</source>
        <translation>שמירת השינויים בשאלה שנבחרה ברשימה</translation>
    </message>
    <message>
        <source>Delete the question picked in the list</source>
        <translation>מחיקת השאלה שנבחרה ברשימה</translation>
    </message>
    <message>
        <source>Delete the question “%1” from the form on Wix?</source>
        <translation>למחוק את השאלה „%1” מהטופס ב-Wix?</translation>
    </message>
    <message>
        <source>Not connected to Wix: setting up an event needs the network. You can type now; nothing is sent until the station is connected.</source>
        <translation>אין חיבור ל-Wix: הקמת אירוע דורשת רשת. אפשר כבר להקליד; שום דבר לא יישלח עד שהעמדה תתחבר.</translation>
    </message>
    <message>
        <source>Choose or create an event first.</source>
        <translation>קודם יש לבחור או ליצור אירוע.</translation>
    </message>
    <message>
        <source>Sending to Wix…</source>
        <translation>שולח ל-Wix…</translation>
    </message>
    <message>
        <source>Wix refused: {error}</source>
        <translation>Wix דחה: {error}</translation>
    </message>
    <message>
        <source>Fee added at checkout</source>
        <translation>עמלה נוספת בקנייה</translation>
    </message>
    <message>
        <source>Fee included</source>
        <translation>עמלה כלולה</translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation>סוגי כרטיסים</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>סוג כרטיס</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>מחיר</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>כמות</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>נמכרו</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>מכירה</translation>
    </message>
    <message>
        <source>e.g. General Admission</source>
        <translation>למשל כניסה רגילה</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>חינם</translation>
    </message>
    <message>
        <source>Free ticket</source>
        <translation>כרטיס חינם</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>ללא הגבלה</translation>
    </message>
    <message>
        <source>Unlimited quantity</source>
        <translation>כמות ללא הגבלה</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>קביעה</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>עמלה</translation>
    </message>
    <message>
        <source>Sale starts</source>
        <translation>תחילת מכירה</translation>
    </message>
    <message>
        <source>Sale ends</source>
        <translation>סוף מכירה</translation>
    </message>
    <message>
        <source>{field}: set a date</source>
        <translation>{field}: לקבוע תאריך</translation>
    </message>
    <message>
        <source>Add ticket type</source>
        <translation>הוספת סוג כרטיס</translation>
    </message>
    <message>
        <source>Save the changes to the ticket type picked in the table</source>
        <translation>שמירת השינויים בסוג הכרטיס שנבחר בטבלה</translation>
    </message>
    <message>
        <source>Delete the ticket type picked in the table</source>
        <translation>מחיקת סוג הכרטיס שנבחר בטבלה</translation>
    </message>
    <message>
        <source>free</source>
        <translation>חינם</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>במכירה</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>מתוזמן</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>הסתיים</translation>
    </message>
    <message>
        <source>Pick the ticket type to change in the list.</source>
        <translation>יש לבחור ברשימה את סוג הכרטיס לשינוי.</translation>
    </message>
    <message>
        <source>Pick the ticket type to delete in the list.</source>
        <translation>יש לבחור ברשימה את סוג הכרטיס למחיקה.</translation>
    </message>
    <message>
        <source>Delete the ticket type “%1” on Wix?</source>
        <translation>למחוק את סוג הכרטיס „%1” ב-Wix?</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Qt TextToSpeech is not available ({error}).</source>
        <translation>Qt TextToSpeech לא זמין ({error}).</translation>
    </message>
    <message>
        <source>No speech engine is installed on this computer, so verdicts are not spoken (on Linux install speech-dispatcher and a voice such as espeak-ng).</source>
        <translation>במחשב הזה אין מנוע דיבור, לכן התוצאות לא מוקראות (ב-Linux יש להתקין את speech-dispatcher וקול כמו espeak-ng).</translation>
    </message>
    <message>
        <source>The speech engine “{engine}” does not work here: {error}</source>
        <translation>מנוע הדיבור „{engine}” לא עובד כאן: {error}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>שגיאה לא ידועה</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>Share of sold tickets checked in</source>
        <translation>החלק של הכרטיסים שנמכרו שכבר עשו צ&apos;ק-אין</translation>
    </message>
    <message>
        <source>Refresh from Wix</source>
        <translation>רענון מ-Wix</translation>
    </message>
    <message>
        <source>Ask Wix for the latest sales</source>
        <translation>לשאול את Wix על המכירות האחרונות</translation>
    </message>
    <message>
        <source>Export scans…</source>
        <translation>ייצוא סריקות…</translation>
    </message>
    <message>
        <source>Export the scan log</source>
        <translation>ייצוא יומן הסריקות</translation>
    </message>
    <message>
        <source>Every scan at this station, turned-away guests included, as CSV</source>
        <translation>כל סריקה בעמדה הזו, כולל אורחים שלא הוכנסו, כקובץ CSV</translation>
    </message>
    <message>
        <source>Figures per ticket type</source>
        <translation>נתונים לפי סוג כרטיס</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>סוג כרטיס</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>נמכרו</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>תפוסה</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>שמורים</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>עשו צ&apos;ק-אין</translation>
    </message>
    <message>
        <source>Choose the event at the door to see its figures.</source>
        <translation>יש לבחור את האירוע בכניסה כדי לראות את הנתונים שלו.</translation>
    </message>
    <message>
        <source>Offline: these figures come from this station&apos;s cache.</source>
        <translation>אין חיבור: הנתונים האלה מהעותק המקומי של העמדה.</translation>
    </message>
    <message>
        <source>Asking Wix for the latest sales…</source>
        <translation>שואל את Wix על המכירות האחרונות…</translation>
    </message>
    <message>
        <source>Offline: figures from this station&apos;s cache (ages below).</source>
        <translation>אין חיבור: נתונים מהעותק המקומי של העמדה (הגיל למטה).</translation>
    </message>
    <message>
        <source>Checked in: {checked} / {sold} sold ({percent})</source>
        <translation>צ&apos;ק-אין: {checked} / {sold} נמכרו ({percent})</translation>
    </message>
    <message>
        <source>Revenue: {revenue} ({source})</source>
        <translation>הכנסות: {revenue} ({source})</translation>
    </message>
    <message>
        <source>Walk-up sales here: {sales}, {tickets}, {revenue} (cash {cash})</source>
        <translation>מכירות בכניסה כאן: {sales}, {tickets}, {revenue} (מזומן {cash})</translation>
    </message>
    <message numerus="yes">
        <source>%n sales</source>
        <translation>
            <numerusform>מכירה אחת</numerusform>
            <numerusform>%n מכירות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>כרטיס אחד</numerusform>
            <numerusform>%n כרטיסים</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrivals by station: {stations}</source>
        <translation>הגעות לפי עמדה: {stations}</translation>
    </message>
    <message>
        <source>Guest list as of {age}</source>
        <translation>רשימת האורחים עודכנה {age}</translation>
    </message>
    <message>
        <source>Guest list never downloaded</source>
        <translation>רשימת האורחים לא הורדה מעולם</translation>
    </message>
    <message>
        <source>sales summary as of {age}</source>
        <translation>סיכום המכירות עודכן {age}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n scans ({detail}) to {file}</source>
        <translation>
            <numerusform>נכתבה סריקה אחת ({detail}) אל {file}</numerusform>
            <numerusform>נכתבו %n סריקות ({detail}) אל {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}, %n orders</source>
        <translation>
            <numerusform>{source}, הזמנה אחת</numerusform>
            <numerusform>{source}, %n הזמנות</numerusform>
        </translation>
    </message>
    <message>
        <source>Wix orders summary</source>
        <translation>סיכום ההזמנות של Wix</translation>
    </message>
    <message>
        <source>estimated from the guest list</source>
        <translation>הערכה לפי רשימת האורחים</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>אין עדיין נתונים</translation>
    </message>
    <message>
        <source>Choose the event at the door first.</source>
        <translation>קודם יש לבחור את האירוע בכניסה.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV‏ (*.csv)</translation>
    </message>
    <message>
        <source>other devices</source>
        <translation>מכשירים אחרים</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes</source>
        <translation>הגעות בכל 5 דקות</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes: nobody yet</source>
        <translation>הגעות בכל 5 דקות: עוד אף אחד</translation>
    </message>
    <message>
        <source>Nobody has arrived yet</source>
        <translation>עוד אף אחד לא הגיע</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes ({zone})</source>
        <translation>הגעות בכל 5 דקות ({zone})</translation>
    </message>
    <message numerus="yes">
        <source>%n arrivals in the last two hours</source>
        <translation>
            <numerusform>הגעה אחת בשעתיים האחרונות</numerusform>
            <numerusform>%n הגעות בשעתיים האחרונות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{n} min</source>
        <translation>{n} דק׳</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} שע׳</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} fast</source>
        <translation>השעון של המחשב הזה מקדים ב-{amount}</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} slow</source>
        <translation>השעון של המחשב הזה מאחר ב-{amount}</translation>
    </message>
    <message>
        <source>Mode: offline (deciding here)</source>
        <translation>מצב: ללא חיבור (ההחלטה כאן)</translation>
    </message>
    <message>
        <source>Mode: venue hub</source>
        <translation>מצב: רכזת במקום</translation>
    </message>
    <message>
        <source>Mode: direct to Wix</source>
        <translation>מצב: ישירות ל-Wix</translation>
    </message>
    <message>
        <source>⇣ Guest list still downloading: {so_far}</source>
        <translation>⇣ רשימת האורחים עדיין יורדת: {so_far}</translation>
    </message>
    <message>
        <source>Guest list from {age}; checking it again ({share})</source>
        <translation>רשימת האורחים עודכנה {age}; נבדקת שוב ({share})</translation>
    </message>
    <message>
        <source>Wix asked to slow down, waiting {time}</source>
        <translation>Wix ביקש להאט, ממתין {time}</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <source>Connection problems</source>
        <translation>בעיות חיבור</translation>
    </message>
    <message>
        <source>Offline: check-ins are kept and upload later</source>
        <translation>אין חיבור: הצ&apos;ק-אינים נשמרים ויועלו אחר כך</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>מתחבר…</translation>
    </message>
    <message>
        <source>Not connected to Wix</source>
        <translation>לא מחובר ל-Wix</translation>
    </message>
    <message numerus="yes">
        <source>⇡ %n waiting to upload</source>
        <translation>
            <numerusform>⇡ אחד ממתין להעלאה</numerusform>
            <numerusform>⇡ %n ממתינים להעלאה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n need attention…</source>
        <translation>
            <numerusform>⚠ אחד דורש טיפול…</numerusform>
            <numerusform>⚠ %n דורשים טיפול…</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ All check-ins uploaded</source>
        <translation>✔ כל הצ&apos;ק-אינים הועלו</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>עוד לא סונכרן</translation>
    </message>
    <message>
        <source>Last sync {age}</source>
        <translation>סנכרון אחרון {age}</translation>
    </message>
</context>
</TS>
