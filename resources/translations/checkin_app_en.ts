<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Ages</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataHeld</name>
    <message numerus="yes">
        <source>Kept until %n check-ins reach Wix</source>
        <translation>
            <numerusform>Kept until %n check-in reaches Wix</numerusform>
            <numerusform>Kept until %n check-ins reach Wix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forget the names and e-mails of %n guests of {title} on this laptop now?</source>
        <translation>
            <numerusform>Forget the name and e-mail of %n guest of {title} on this laptop now?</numerusform>
            <numerusform>Forget the names and e-mails of %n guests of {title} on this laptop now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message numerus="yes">
        <source>✔ %n admitted here</source>
        <translation>
            <numerusform>✔ %n admitted here</numerusform>
            <numerusform>✔ %n admitted here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins are still waiting to upload to Wix. They are saved on this computer and will upload the next time the app runs with a network.

Close anyway?</source>
        <translation>
            <numerusform>%n check-in is still waiting to upload to Wix. It is saved on this computer and will upload the next time the app runs with a network.

Close anyway?</numerusform>
            <numerusform>%n check-ins are still waiting to upload to Wix. They are saved on this computer and will upload the next time the app runs with a network.

Close anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuestSearch</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubMembership</name>
    <message numerus="yes">
        <source>It keeps %n admissions the hub has not yet confirmed as sent to Wix; the next hub this door pairs with takes them over.</source>
        <translation>
            <numerusform>It keeps %n admission the hub has not yet confirmed as sent to Wix; the next hub this door pairs with takes it over.</numerusform>
            <numerusform>It keeps %n admissions the hub has not yet confirmed as sent to Wix; the next hub this door pairs with takes them over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message numerus="yes">
        <source>Finished %n sales left from before.</source>
        <translation>
            <numerusform>Finished %n sale left from before.</numerusform>
            <numerusform>Finished %n sales left from before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This shift: %n tickets, {revenue} · cash in drawer: {cash}</source>
        <translation>
            <numerusform>This shift: %n ticket, {revenue} · cash in drawer: {cash}</numerusform>
            <numerusform>This shift: %n tickets, {revenue} · cash in drawer: {cash}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message numerus="yes">
        <source>%n arrivals in the last two hours</source>
        <translation>
            <numerusform>%n arrival in the last two hours</numerusform>
            <numerusform>%n arrivals in the last two hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n scans ({detail}) to {file}</source>
        <translation>
            <numerusform>Wrote %n scan ({detail}) to {file}</numerusform>
            <numerusform>Wrote %n scans ({detail}) to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}, %n orders</source>
        <translation>
            <numerusform>{source}, %n order</numerusform>
            <numerusform>{source}, %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>⇡ %n waiting to upload</source>
        <translation>
            <numerusform>⇡ %n waiting to upload</numerusform>
            <numerusform>⇡ %n waiting to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n need attention…</source>
        <translation>
            <numerusform>⚠ %n needs attention…</numerusform>
            <numerusform>⚠ %n need attention…</numerusform>
        </translation>
    </message>
</context>
</TS>
