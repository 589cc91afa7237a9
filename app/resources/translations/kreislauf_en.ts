<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClosingView</name>
    <message>
        <location filename="../../ui/views/closing_view.py" line="20"/>
        <source>Abschluss</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../ui/views/closing_view.py" line="21"/>
        <source>Hier werden die Kasse geöffnet und abgeschlossen, das Bargeld gezählt und X- und Z-Berichte erstellt. Diese Ansicht folgt mit dem Tagesabschluss.</source>
        <translation>Open and close the till, count the cash and create X and Z reports here. This view comes with the day closing.</translation>
    </message>
</context>
<context>
    <name>LocalSettings</name>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="34"/>
        <source>Datenverzeichnis (leer = Standard des Systems)</source>
        <translation>Data directory (empty = system default)</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="35"/>
        <source>Sprache der Oberfläche</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="36"/>
        <source>Bondrucker</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="37"/>
        <source>Anschluss des Bondruckers (z. B. /dev/ttyUSB0)</source>
        <translation>Receipt printer port (e.g. /dev/ttyUSB0)</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="38"/>
        <source>Baudrate des Bondruckers</source>
        <translation>Receipt printer baud rate</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="39"/>
        <source>Zeichen pro Zeile auf dem Bon</source>
        <translation>Characters per receipt line</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="40"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="41"/>
        <source>Anschluss des seriellen Scanners</source>
        <translation>Serial scanner port</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="42"/>
        <source>Größter Abstand zwischen Scanner-Tasten (ms)</source>
        <translation>Longest gap between scanner keys (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="43"/>
        <source>Adresse des zentralen Servers</source>
        <translation>Central server address</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="44"/>
        <source>CA-Zertifikat der Zentrale (leer = System-CAs)</source>
        <translation>CA certificate of the central server (empty = system CAs)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="63"/>
        <source>Benutzer wechseln</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="63"/>
        <location filename="../../ui/login_dialog.py" line="90"/>
        <source>Anmelden</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="78"/>
        <source>Anmelden an der Kasse</source>
        <translation>Log in to the till</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="80"/>
        <source>PIN (4 bis 8 Ziffern)</source>
        <translation>PIN (4 to 8 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="83"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="92"/>
        <location filename="../../ui/login_dialog.py" line="199"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="94"/>
        <source>&amp;Benutzer:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="96"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="123"/>
        <source> (gesperrt)</source>
        <translation> (locked)</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="146"/>
        <source>Bitte zuerst einen Benutzer auswählen.</source>
        <translation>Please choose a user first.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="150"/>
        <source>Bitte die PIN eingeben.</source>
        <translation>Please enter the PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="185"/>
        <source>Neue PIN festlegen</source>
        <translation>Set a new PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="187"/>
        <source>Dieser Zugang hat noch die Start-PIN. Bitte jetzt eine eigene PIN aus 4 bis 8 Ziffern wählen und zweimal eingeben.</source>
        <translation>This account still has its initial PIN. Please choose your own PIN of 4 to 8 digits and enter it twice.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="190"/>
        <source>Neue PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="191"/>
        <source>Neue PIN wiederholen</source>
        <translation>Repeat new PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="197"/>
        <source>PIN speichern</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="201"/>
        <source>&amp;Neue PIN:</source>
        <translation>&amp;New PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="203"/>
        <source>PIN &amp;wiederholen:</source>
        <translation>&amp;Repeat PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="226"/>
        <source>Die beiden PINs stimmen nicht überein. Bitte erneut eingeben.</source>
        <translation>The two PINs do not match. Please enter them again.</translation>
    </message>
</context>
<context>
    <name>MachineSettingsForm</name>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="73"/>
        <source>Einstellungen speichern</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="79"/>
        <source>Diese Einstellungen gelten nur für diesen Rechner. Sprache und Geräte werden beim nächsten Start übernommen.</source>
        <translation>These settings apply to this computer only. Language and devices take effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="105"/>
        <source>simuliert (ohne Gerät)</source>
        <translation>simulated (no device)</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="106"/>
        <source>ESC/POS-Bondrucker (seriell/Netzwerk)</source>
        <translation>ESC/POS receipt printer (serial/network)</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="107"/>
        <source>Tastatur-Scanner (USB)</source>
        <translation>Keyboard scanner (USB)</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="108"/>
        <source>serieller Scanner</source>
        <translation>serial scanner</translation>
    </message>
    <message>
        <location filename="../../ui/views/machine_settings_form.py" line="158"/>
        <source>Gespeichert in %s</source>
        <translation>Saved to %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Kreislauf-Kasse</source>
        <translation>Kreislauf-Kasse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>&amp;Annahme</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>&amp;Kasse</source>
        <translation>&amp;Checkout</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>A&amp;bschluss</source>
        <translation>C&amp;losing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>&amp;Einstellungen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Strg</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>&amp;Sitzung</source>
        <translation>S&amp;ession</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Benutzer &amp;wechseln</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Be&amp;reich</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Kreislauf-Kasse – %s</source>
        <translation>Kreislauf-Kasse – %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>simuliert</source>
        <translation>simulated</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>nicht geprüft</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Drucker</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../ui/notifier.py" line="30"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="34"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/role_names.py" line="13"/>
        <source>Annahme/Werkstatt</source>
        <translation>Intake/Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/role_names.py" line="14"/>
        <source>Kasse</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/role_names.py" line="15"/>
        <source>Leitung</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/role_names.py" line="16"/>
        <source>Verwaltung</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings_view.py" line="23"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="24"/>
        <source>Geräte und Sprache dieses Rechners sowie die Benutzer der Kasse.</source>
        <translation>Devices and language of this computer, and the users of the till.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="29"/>
        <source>&amp;Benutzer</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="30"/>
        <source>&amp;Warengruppen</source>
        <translation>&amp;Categories</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="31"/>
        <source>Dieser &amp;Rechner</source>
        <translation>This &amp;computer</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="23"/>
        <source>ohne Kaufhaus</source>
        <translation>no store</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="25"/>
        <source>Station %d</source>
        <translation>Station %d</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="25"/>
        <source>ohne Station</source>
        <translation>no station</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="28"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="29"/>
        <source>Benutzer wechseln</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="31"/>
        <source>Strg+Umschalt+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="68"/>
        <source>offline · %d ausstehend</source>
        <translation>offline · %d pending</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="73"/>
        <source>offline · Stand unbekannt</source>
        <translation>offline · state unknown</translation>
    </message>
</context>
<context>
    <name>UserAdminPanel</name>
    <message>
        <location filename="../../ui/views/user_admin.py" line="46"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="46"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="52"/>
        <source>&amp;Entsperren</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="54"/>
        <source>&amp;Deaktivieren</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="56"/>
        <source>&amp;Reaktivieren</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="70"/>
        <source>Neuen Benutzer anlegen</source>
        <translation>Add a new user</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="72"/>
        <source>z. B. jana</source>
        <translation>e.g. jana</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="74"/>
        <source>z. B. Jana Werkstatt</source>
        <translation>e.g. Jana Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="81"/>
        <source>4 bis 8 Ziffern</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="83"/>
        <source>Benutzer &amp;anlegen</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="87"/>
        <source>Benutzername:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="88"/>
        <source>Anzeigename:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="89"/>
        <source>Rolle:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="90"/>
        <source>Start-PIN:</source>
        <translation>Initial PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="106"/>
        <source>deaktiviert</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="108"/>
        <source>gesperrt</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="110"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="142"/>
        <source>Benutzer „%s“ angelegt. Beim ersten Anmelden wird eine eigene PIN verlangt.</source>
        <translation>User “%s” created. A personal PIN is required at the first login.</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="153"/>
        <source>Bitte zuerst einen Benutzer in der Liste auswählen.</source>
        <translation>Please choose a user in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/user_admin.py" line="168"/>
        <source>Der eigene Zugang kann nicht deaktiviert werden.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
</context>
</TS>
