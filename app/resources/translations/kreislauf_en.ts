<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/checkout/checkout_dialogs.py" line="66"/>
        <source>Freigabe durch die Leitung</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_dialogs.py" line="75"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_dialogs.py" line="76"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_dialogs.py" line="81"/>
        <source>Freigeben</source>
        <translation>Approve</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../ui/checkout/cart_panel.py" line="57"/>
        <source>  (−{p} % Altersrabatt)</source>
        <translation>  (−{p} % age markdown)</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/cart_panel.py" line="59"/>
        <source>  (Abgleich nötig)</source>
        <translation>  (to be reconciled)</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/cart_panel.py" line="74"/>
        <source>Bonrabatt: {amount}</source>
        <translation>Sale discount: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/cart_panel.py" line="78"/>
        <source>Summe {amount}</source>
        <translation>Total {amount}</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="41"/>
        <source>&amp;Neue Warengruppe</source>
        <translation>&amp;New category</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="57"/>
        <source>Elektrogerät (Sicherheitsprüfung nötig)</source>
        <translation>Electrical appliance (safety test required)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="61"/>
        <location filename="../../ui/settings/catalog_editor.py" line="100"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="65"/>
        <source>Obergruppe</source>
        <translation>Parent category</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="66"/>
        <source>Steuer</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="67"/>
        <source>Standardpreis (€)</source>
        <translation>Default price (€)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="68"/>
        <source>Durchschnittsgewicht</source>
        <translation>Average weight</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="69"/>
        <source>Stoffstrom</source>
        <translation>Material stream</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="71"/>
        <source>Klima-Faktor</source>
        <translation>Climate factor</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="72"/>
        <source>Kassentaste</source>
        <translation>Till key</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="73"/>
        <source>&amp;Speichern</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="154"/>
        <source>Gespeichert: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
</context>
<context>
    <name>CheckoutArea</name>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="70"/>
        <source>Kasse</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="71"/>
        <source>Scannen, Warengruppen-Taste (Preis eintippen, dann F-Taste), F12 bezahlen.</source>
        <translation>Scan, or type a price and press a category key (F key); F12 to pay.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="75"/>
        <source>Preis · 3*2,50 · 10% · Code</source>
        <translation>Price · 3*2,50 · 10% · Code</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="77"/>
        <source>Preis, Menge×Preis (3*2,50), Rabatt (10% / 2,00) oder Artikelcode + Enter</source>
        <translation>Price, quantity×price (3*2,50), discount (10% / 2,00) or item code + Enter</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="88"/>
        <source>Bon-Vorschau</source>
        <translation>Receipt preview</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="108"/>
        <source>Menge</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="109"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="110"/>
        <source>Zeilenrabatt</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="111"/>
        <source>Bonrabatt</source>
        <translation>Sale discount</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="112"/>
        <source>Parken</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="113"/>
        <source>Fortsetzen</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="114"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="115"/>
        <source>Rückgabe</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="116"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="117"/>
        <source>Nachdruck</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="118"/>
        <source>Bezahlen</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="164"/>
        <source>Die Kasse ist geschlossen. Bitte zuerst unter „Abschluss“ mit Wechselgeld öffnen (Leitung).</source>
        <translation>The till is closed. A manager must first open it with a float under “Closing”.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="235"/>
        <source>{desc}: {price}</source>
        <translation>{desc}: {price}</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="257"/>
        <source>Für einen Preis bitte die Warengruppen-Taste drücken (F1–F11).</source>
        <translation>For a price, please press a category key (F1–F11).</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="293"/>
        <source>Bitte zuerst die Menge eintippen, dann „Menge“ drücken.</source>
        <translation>Please type the quantity first, then press “Quantity”.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="308"/>
        <source>Bitte zuerst den Rabatt eintippen (z. B. 10% oder 2,00).</source>
        <translation>Please type the discount first (e.g. 10% or 2,00).</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="359"/>
        <source>Geparkt: {n} Positionen, {total}</source>
        <translation>Parked: {n} lines, {total}</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="368"/>
        <source>Bitte den laufenden Verkauf erst abschließen oder parken.</source>
        <translation>Please finish or park the current sale first.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="375"/>
        <source>Es gibt keine geparkten Verkäufe.</source>
        <translation>There are no parked sales.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="391"/>
        <source>Verkauf fortgesetzt.</source>
        <translation>Sale resumed.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="394"/>
        <source>Verkauf abgebrochen</source>
        <translation>Sale cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="421"/>
        <source>Rückgeld: {amount}</source>
        <translation>Change: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="424"/>
        <source>Bezahlt, kein Rückgeld.</source>
        <translation>Paid, no change.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="425"/>
        <source>Bon {n} gespeichert.</source>
        <translation>Receipt {n} saved.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="430"/>
        <source>Der Verkauf ist gespeichert; „Nachdruck“ druckt den Bon erneut.</source>
        <translation>The sale is saved; “Reprint” prints the receipt again.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="442"/>
        <source>Kopie gedruckt.</source>
        <translation>Copy printed.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="457"/>
        <source>Rückgabe gebucht</source>
        <translation>Return recorded</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_area.py" line="394"/>
        <source>Der Verkauf wird gerade gespeichert …</source>
        <translation>The sale is being saved …</translation>
    </message>
</context>
<context>
    <name>CheckoutView</name>
    <message>
        <location filename="../../ui/checkout/checkout_view.py" line="52"/>
        <source>Scanner-Simulation
Strg+Umschalt+K</source>
        <translation>Scanner simulation
Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_view.py" line="73"/>
        <source>Bon nicht gedruckt – bitte prüfen</source>
        <translation>Receipt not printed – please check</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_view.py" line="75"/>
        <source>Papier geht zu Ende</source>
        <translation>Paper running low</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_view.py" line="77"/>
        <source>bereit</source>
        <translation>ready</translation>
    </message>
</context>
<context>
    <name>ClosingArea</name>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="77"/>
        <location filename="../../ui/closing/closing_area.py" line="177"/>
        <source>Abschluss</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="78"/>
        <source>Kasse öffnen, Bargeld bewegen, zählen und den Tag mit dem Z-Bericht abschließen.</source>
        <translation>Open the till, move cash, count it and close the day with the Z report.</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="89"/>
        <location filename="../../ui/closing/closing_area.py" line="92"/>
        <source>Kasse öffnen</source>
        <translation>Open till</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="94"/>
        <source>Wechselgeld (Summe, € – oder unten zählen)</source>
        <translation>Float (total in € – or count below)</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="102"/>
        <source>Grund / Belegnotiz (z. B. zur Bank)</source>
        <translation>Reason / voucher note (e.g. to the bank)</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="103"/>
        <source>Buchen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="105"/>
        <source>Betrag (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="106"/>
        <source>Bargeldbewegung</source>
        <translation>Cash movement</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="123"/>
        <source>Gezählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="124"/>
        <source>Soll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="125"/>
        <location filename="../../ui/closing/closing_area.py" line="177"/>
        <source>Differenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="132"/>
        <source>Pflicht bei Differenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="134"/>
        <source>0,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="138"/>
        <source>&amp;Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="140"/>
        <source>Zur &amp;Bank / Tresor (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="142"/>
        <source>Tagesabschluss (Z-Bericht)</source>
        <translation>Close the day (Z report)</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="145"/>
        <source>Zählung nach Stückelung</source>
        <translation>Count by denomination</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="163"/>
        <source>X-Bericht</source>
        <translation>X report</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="165"/>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="167"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="169"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="171"/>
        <source>Monat…</source>
        <translation>Month…</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="173"/>
        <source>Monatsübersicht für die Buchhaltung (PDF/CSV)</source>
        <translation>Monthly summary for the accounts (PDF/CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="174"/>
        <source>Kurzfassung auf dem Bondrucker</source>
        <translation>Short version on the receipt printer</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="177"/>
        <source>Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="177"/>
        <source>Umsatz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="198"/>
        <source>Z-Berichte (Enter: anzeigen)</source>
        <translation>Z reports (Enter: show)</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="236"/>
        <source>Als Kasse: X-Bericht der offenen Sitzung.</source>
        <translation>As cashier: X report of the open session.</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="252"/>
        <source>Kasse geschlossen. Nächster Z-Bericht: Nr. {z}. Vorschlag Wechselgeld: {float}.</source>
        <translation>Till closed. Next Z report: no. {z}. Suggested float: {float}.</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="259"/>
        <source>Kasse offen seit {since} (Sitzung {n}, {who}), Wechselgeld {float}, erwartet in der Kasse: {expected}.</source>
        <translation>Till open since {since} (session {n}, {who}), float {float}, expected in the drawer: {expected}.</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="286"/>
        <source>Gezählt: {c}</source>
        <translation>Counted: {c}</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="293"/>
        <source>Gezählt {c} · Soll {e} · Differenz {d}</source>
        <translation>Counted {c} · expected {e} · difference {d}</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="323"/>
        <source>Wechselgeld</source>
        <translation>Float</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="336"/>
        <source>Kasse geöffnet mit {f} Wechselgeld.</source>
        <translation>Till opened with a float of {f}.</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="345"/>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="353"/>
        <source>{label} über {amount} gebucht; in der Kasse: {exp}.</source>
        <translation>{label} of {amount} recorded; in the drawer: {exp}.</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="365"/>
        <source>Zur Bank</source>
        <translation>To the bank</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="377"/>
        <source>Verkäufe: {n} · Umsatz {gross}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="379"/>
        <source>Bargeld Soll {e} · gezählt {c} · Differenz {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="382"/>
        <source>Zur Bank {b} · bleibt in der Kasse {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="387"/>
        <source>Kommentar: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="389"/>
        <source>Tagesabschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="390"/>
        <source>Z-Bericht Nr. {z} jetzt erstellen? Danach ist die Kasse geschlossen; das lässt sich nicht rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="392"/>
        <source>Z-Bericht erstellen (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="404"/>
        <source>Z-Bericht Nr. {z} erstellt; in der Kasse bleiben {left}.</source>
        <translation>Z report no. {z} created; {left} stays in the drawer.</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="435"/>
        <source>Bericht gedruckt.</source>
        <translation>Report printed.</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="448"/>
        <location filename="../../ui/closing/closing_area.py" line="458"/>
        <source>Gespeichert: {p}</source>
        <translation>Saved: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="462"/>
        <source>Bericht speichern</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="470"/>
        <source>Monatsübersicht speichern</source>
        <translation>Save monthly summary</translation>
    </message>
    <message>
        <location filename="../../ui/closing/closing_area.py" line="471"/>
        <source>PDF oder CSV (*.pdf *.csv)</source>
        <translation>PDF or CSV (*.pdf *.csv)</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../ui/kit/confirm.py" line="46"/>
        <source>Zurück (Esc)</source>
        <translation type="unfinished">Back (Esc)</translation>
    </message>
</context>
<context>
    <name>CountGrid</name>
    <message>
        <location filename="../../ui/closing/count_grid.py" line="42"/>
        <source>Anzahl {label}</source>
        <translation>Number of {label}</translation>
    </message>
</context>
<context>
    <name>DeviceSettingsPanel</name>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="52"/>
        <source>Bondrucker</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="54"/>
        <source>Testdruck</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="62"/>
        <source>bereit</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="63"/>
        <source>Papier geht zu Ende</source>
        <translation>Paper running low</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="64"/>
        <source>Papier leer</source>
        <translation>Out of paper</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="65"/>
        <source>Deckel offen</source>
        <translation>Cover open</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="66"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="69"/>
        <source>Zustand des simulierten Druckers:</source>
        <translation>State of the simulated printer:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="72"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="76"/>
        <source>Hier einen Test-Code scannen</source>
        <translation>Scan a test code here</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="81"/>
        <source>Scan-Test:</source>
        <translation>Scan test:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="89"/>
        <source>Geräte speichern</source>
        <translation>Save devices</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="94"/>
        <source>Testdruck und Scan-Test nutzen sofort die Werte im Formular; gespeichert gilt der Bondrucker sofort, der serielle Scanner ab dem nächsten Start.</source>
        <translation>Test print and scan test use the values in the form right away. Once saved, the receipt printer applies at once, the serial scanner from the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="133"/>
        <source>Gespeichert; der Bondrucker gilt ab sofort.</source>
        <translation>Saved; the receipt printer applies now.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="132"/>
        <source>Gespeichert; der Bondrucker wechselt, sobald der laufende Druck fertig ist.</source>
        <translation>Saved; the receipt printer changes as soon as the current print is done.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="134"/>
        <source>Gespeichert; der Bondrucker wechselt beim nächsten Start.</source>
        <translation>Saved; the receipt printer changes at the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="135"/>
        <source>Der serielle Scanner wechselt beim nächsten Start.</source>
        <translation>The serial scanner changes at the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="154"/>
        <source>Testdruck läuft …</source>
        <translation>Printing test page …</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="183"/>
        <source>Als Scan erkannt: „%s“ — %s</source>
        <translation>Recognised as a scan: “%s” — %s</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="189"/>
        <source>zu langsam oder zu kurz</source>
        <translation>too slow or too short</translation>
    </message>
    <message>
        <location filename="../../ui/settings/device_settings.py" line="190"/>
        <source>Kein Scan, Tastatureingabe: „%s“ — %s</source>
        <translation>Not a scan, keyboard input: “%s” — %s</translation>
    </message>
</context>
<context>
    <name>IntakeArea</name>
    <message>
        <location filename="../../ui/intake/intake_area.py" line="49"/>
        <source>Annahme</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_area.py" line="50"/>
        <source>Warengruppe wählen, beschreiben, Enter: gespeichert, Etikett in der Warteschlange.</source>
        <translation>Choose a category, describe the item, Enter: saved, label queued.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_area.py" line="55"/>
        <source>Neuer Artikel</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_area.py" line="61"/>
        <source>Bearbeiten</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_area.py" line="62"/>
        <source>Reparatur</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_area.py" line="63"/>
        <source>Verkaufsbereit</source>
        <translation>Ready for sale</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_area.py" line="64"/>
        <source>E-Prüfung</source>
        <translation>Safety test</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_area.py" line="65"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_area.py" line="66"/>
        <source>Recycling</source>
        <translation>Recycle</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_area.py" line="67"/>
        <source>Etikett</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="53"/>
        <source>z. B. Kommode Eiche, 3 Schubladen</source>
        <translation>e.g. oak chest, 3 drawers</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="65"/>
        <source>z. B. Regal 4</source>
        <translation>e.g. shelf 4</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="68"/>
        <source>&amp;Warengruppe</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="69"/>
        <source>&amp;Beschreibung</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="70"/>
        <source>&amp;Zustand</source>
        <translation>C&amp;ondition</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="71"/>
        <source>&amp;Preis (€)</source>
        <translation>&amp;Price (€)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="72"/>
        <source>&amp;Gewicht (kg)</source>
        <translation>&amp;Weight (kg)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="73"/>
        <source>&amp;Stückzahl</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="74"/>
        <source>Spender-&amp;Notiz</source>
        <translation>Donor &amp;note</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="75"/>
        <source>&amp;Lagerort</source>
        <translation>Sto&amp;rage location</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="80"/>
        <source>Speichern und nächster Artikel (Enter)</source>
        <translation>Save and next item (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="129"/>
        <source>{price} (Standard)</source>
        <translation>{price} (default)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="131"/>
        <source>{weight} (Durchschnitt)</source>
        <translation>{weight} (average)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="173"/>
        <source>Gespeichert: {n} × {desc} zu {price} — {codes}</source>
        <translation>Saved: {n} × {desc} at {price} — {codes}</translation>
    </message>
</context>
<context>
    <name>ItemEditDialog</name>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="52"/>
        <source>Artikel {code} bearbeiten</source>
        <translation>Edit item {code}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="60"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="61"/>
        <source>Zustand</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="62"/>
        <source>Preis (€)</source>
        <translation>Price (€)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="63"/>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="64"/>
        <source>Lagerort</source>
        <translation>Storage location</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <location filename="../../ui/intake/item_table.py" line="45"/>
        <source>Suche: Code, Beschreibung, Lagerort (Strg+F)</source>
        <translation>Search: code, description, storage location (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/item_table.py" line="48"/>
        <source>alle Status</source>
        <translation>all statuses</translation>
    </message>
    <message>
        <location filename="../../ui/intake/item_table.py" line="52"/>
        <source>alle Warengruppen</source>
        <translation>all categories</translation>
    </message>
    <message>
        <location filename="../../ui/intake/item_table.py" line="55"/>
        <source>älter als </source>
        <translation>older than </translation>
    </message>
    <message>
        <location filename="../../ui/intake/item_table.py" line="56"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/intake/item_table.py" line="57"/>
        <source>jedes Alter</source>
        <translation>any age</translation>
    </message>
    <message>
        <location filename="../../ui/intake/item_table.py" line="58"/>
        <source>nur ohne Etikett</source>
        <translation>unlabelled only</translation>
    </message>
    <message>
        <location filename="../../ui/intake/item_table.py" line="128"/>
        <source>gedruckt</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/item_table.py" line="128"/>
        <source>offen</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../ui/intake/item_table.py" line="137"/>
        <source>{shown} von {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="197"/>
        <source>Journal heute</source>
        <translation>Today’s journal</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="199"/>
        <source>Bon</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="199"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="199"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="200"/>
        <source>Kasse</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="200"/>
        <source>Zahlung</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="201"/>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="206"/>
        <source>Nachdruck (Kopie)</source>
        <translation>Reprint (copy)</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="208"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="233"/>
        <source>{n} Bons, Summe {total}</source>
        <translation>{n} receipts, total {total}</translation>
    </message>
</context>
<context>
    <name>LabelQueue</name>
    <message>
        <location filename="../../ui/intake/label_queue.py" line="42"/>
        <source>Etiketten-Warteschlange</source>
        <translation>Label queue</translation>
    </message>
    <message>
        <location filename="../../ui/intake/label_queue.py" line="58"/>
        <source>Erste freie Position auf einem angebrochenen Bogen</source>
        <translation>First free position on a partly used sheet</translation>
    </message>
    <message>
        <location filename="../../ui/intake/label_queue.py" line="59"/>
        <source>Drucken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/label_queue.py" line="60"/>
        <source>Strg+P: Etiketten über den Druckdialog drucken</source>
        <translation>Ctrl+P: print the labels through the print dialog</translation>
    </message>
    <message>
        <location filename="../../ui/intake/label_queue.py" line="62"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/label_queue.py" line="63"/>
        <source>Etiketten als PDF-Datei speichern</source>
        <translation>Save the labels as a PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/intake/label_queue.py" line="64"/>
        <source>Leeren</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/intake/label_queue.py" line="67"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/intake/label_queue.py" line="68"/>
        <source>Start-Position</source>
        <translation>Start position</translation>
    </message>
    <message>
        <location filename="../../ui/intake/label_queue.py" line="129"/>
        <source>Etiketten speichern</source>
        <translation>Save labels</translation>
    </message>
    <message>
        <location filename="../../ui/intake/label_queue.py" line="130"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/label_queue.py" line="134"/>
        <source>Etiketten gespeichert: {path}</source>
        <translation>Labels saved: {path}</translation>
    </message>
</context>
<context>
    <name>LocalSettings</name>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="22"/>
        <source>Datenverzeichnis (leer = Standard des Systems)</source>
        <translation>Data directory (empty = system default)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="23"/>
        <source>Sprache der Oberfläche</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="24"/>
        <source>Bondrucker</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="25"/>
        <source>Anschluss des Bondruckers (z. B. /dev/ttyUSB0)</source>
        <translation>Receipt printer port (e.g. /dev/ttyUSB0)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="26"/>
        <source>Baudrate des Bondruckers</source>
        <translation>Receipt printer baud rate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="27"/>
        <source>Zeichen pro Zeile auf dem Bon</source>
        <translation>Characters per receipt line</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="28"/>
        <source>Flusssteuerung des Bondruckers</source>
        <translation>Receipt printer flow control</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="29"/>
        <source>DSR/DTR-Handshake des Bondruckers (USB-Seriell-Adapter meist aus)</source>
        <translation>Receipt printer DSR/DTR handshake (usually off with USB-serial adapters)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="31"/>
        <source>Zeichensatz des Bondruckers (mit €-Zeichen)</source>
        <translation>Receipt printer character set (with € sign)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="32"/>
        <source>Nummer der Zeichentabelle (ESC t; 0 = üblich: 19 für CP858, 16 für CP1252)</source>
        <translation>Code table number (ESC t; 0 = usual: 19 for CP858, 16 for CP1252)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="34"/>
        <source>Schnitt am Bonende</source>
        <translation>Cut at the end of the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="35"/>
        <source>Wartezeit auf die Statusantwort des Bondruckers (ms)</source>
        <translation>Receipt printer status reply timeout (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="36"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="37"/>
        <source>Anschluss des seriellen Scanners</source>
        <translation>Serial scanner port</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="38"/>
        <source>Baudrate des seriellen Scanners</source>
        <translation>Serial scanner baud rate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="39"/>
        <source>Größter Abstand zwischen Scanner-Tasten (ms)</source>
        <translation>Longest gap between scanner keys (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="40"/>
        <source>Mindestlänge eines Scans (Zeichen)</source>
        <translation>Minimum scan length (characters)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="41"/>
        <source>Vorsatzzeichen des Tastatur-Scanners (wird entfernt)</source>
        <translation>Keyboard scanner prefix (removed)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="42"/>
        <source>Nachsatzzeichen des Tastatur-Scanners (wird entfernt)</source>
        <translation>Keyboard scanner suffix (removed)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="43"/>
        <source>Abschluss-Taste des Tastatur-Scanners</source>
        <translation>Keyboard scanner terminating key</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="44"/>
        <source>TSE: software = Software-TSE (nur Entwicklung/Schulung, nicht zertifiziert, nicht für den Echtbetrieb); fiskaly = Cloud-TSE; none = ohne TSE</source>
        <translation>TSE: software = software TSE (development/training only, not certified, not for live use); fiskaly = cloud TSE; none = without a TSE</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="46"/>
        <source>Seriennummer der Kasse in der TSE (leer = KREISLAUF-S&lt;Nr&gt;)</source>
        <translation>Serial number of the till in the TSE (empty = KREISLAUF-S&lt;no&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="48"/>
        <source>Adresse der fiskaly-API</source>
        <translation>Address of the fiskaly API</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="50"/>
        <source>fiskaly API-Schlüssel</source>
        <translation>fiskaly API key</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="52"/>
        <source>fiskaly API-Geheimnis</source>
        <translation>fiskaly API secret</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="54"/>
        <source>fiskaly TSS-ID</source>
        <translation>fiskaly TSS ID</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="56"/>
        <source>fiskaly Client-ID dieser Kasse</source>
        <translation>fiskaly client ID of this till</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="58"/>
        <source>Wartezeit auf die Cloud-TSE (Sekunden)</source>
        <translation>Time to wait for the cloud TSE (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="60"/>
        <source>TSE-Ausfall: ab so vielen Stunden als meldepflichtig markieren</source>
        <translation>TSE outage: mark as to be reported after this many hours</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="62"/>
        <source>Adresse des zentralen Servers</source>
        <translation>Central server address</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="63"/>
        <source>CA-Zertifikat der Zentrale (leer = System-CAs)</source>
        <translation>CA certificate of the central server (empty = system CAs)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="64"/>
        <source>Benutzer wechseln</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="64"/>
        <location filename="../../ui/shell/login_dialog.py" line="91"/>
        <source>Anmelden</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="79"/>
        <source>Anmelden an der Kasse</source>
        <translation>Log in to the till</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="81"/>
        <source>PIN (4 bis 8 Ziffern)</source>
        <translation>PIN (4 to 8 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="84"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="93"/>
        <location filename="../../ui/shell/login_dialog.py" line="202"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="95"/>
        <source>&amp;Benutzer:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="97"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="124"/>
        <source> (gesperrt)</source>
        <translation> (locked)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="149"/>
        <source>Bitte zuerst einen Benutzer auswählen.</source>
        <translation>Please choose a user first.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="153"/>
        <source>Bitte die PIN eingeben.</source>
        <translation>Please enter the PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="188"/>
        <source>Neue PIN festlegen</source>
        <translation>Set a new PIN</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="190"/>
        <source>Dieser Zugang hat noch die Start-PIN. Bitte jetzt eine eigene PIN aus 4 bis 8 Ziffern wählen und zweimal eingeben.</source>
        <translation>This account still has its initial PIN. Please choose your own PIN of 4 to 8 digits and enter it twice.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="193"/>
        <source>Neue PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="194"/>
        <source>Neue PIN wiederholen</source>
        <translation>Repeat new PIN</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="200"/>
        <source>PIN speichern</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="204"/>
        <source>&amp;Neue PIN:</source>
        <translation>&amp;New PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="206"/>
        <source>PIN &amp;wiederholen:</source>
        <translation>&amp;Repeat PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="229"/>
        <source>Die beiden PINs stimmen nicht überein. Bitte erneut eingeben.</source>
        <translation>The two PINs do not match. Please enter them again.</translation>
    </message>
</context>
<context>
    <name>MachineSettingsForm</name>
    <message>
        <location filename="../../ui/settings/machine_settings_form.py" line="35"/>
        <source>Einstellungen speichern</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/machine_settings_form.py" line="41"/>
        <source>Diese Einstellungen gelten nur für diesen Rechner. Sprache und Geräte werden beim nächsten Start übernommen.</source>
        <translation>These settings apply to this computer only. Language and devices take effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/machine_settings_form.py" line="72"/>
        <source>Gespeichert in %s</source>
        <translation>Saved to %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="69"/>
        <source>Kreislauf-Kasse</source>
        <translation>Kreislauf-Kasse</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="72"/>
        <source>&amp;Annahme</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="73"/>
        <source>&amp;Kasse</source>
        <translation>&amp;Checkout</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="74"/>
        <source>A&amp;bschluss</source>
        <translation>C&amp;losing</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="75"/>
        <source>&amp;Einstellungen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="100"/>
        <source>Strg</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="130"/>
        <source>&amp;Sitzung</source>
        <translation>S&amp;ession</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="131"/>
        <source>Benutzer &amp;wechseln</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="135"/>
        <source>Jetzt &amp;synchronisieren</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="140"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="144"/>
        <source>Be&amp;reich</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="178"/>
        <source>Kreislauf-Kasse – %s</source>
        <translation>Kreislauf-Kasse – %s</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="199"/>
        <source>simuliert</source>
        <translation>simulated</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="200"/>
        <source>nicht geprüft</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_status.py" line="44"/>
        <location filename="../../ui/shell/main_window.py" line="204"/>
        <source>Drucker</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_status.py" line="45"/>
        <location filename="../../ui/shell/main_window.py" line="207"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="168"/>
        <source>Preissenkung nach Alter</source>
        <translation>Markdown by age</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="176"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="182"/>
        <source>Regel hinzufügen</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="183"/>
        <source>Regel entfernen</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="186"/>
        <source>nach</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="201"/>
        <location filename="../../ui/settings/catalog_editor.py" line="213"/>
        <source>alle Warengruppen</source>
        <translation>all categories</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalog_editor.py" line="214"/>
        <source>{percent} % nach {days} Tagen — {scope}</source>
        <translation>{percent} % after {days} days — {scope}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../ui/kit/notifier.py" line="30"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/kit/notifier.py" line="34"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../ui/checkout/checkout_dialogs.py" line="89"/>
        <source>Geparkte Verkäufe</source>
        <translation>Parked sales</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_dialogs.py" line="101"/>
        <source>Fortsetzen</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/checkout/payment_dialog.py" line="35"/>
        <source>Bezahlen</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/payment_dialog.py" line="44"/>
        <source>Betrag (leer = passend), Enter = bar</source>
        <translation>Amount (empty = exact), Enter = cash</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/payment_dialog.py" line="46"/>
        <source>Kartenzahlung: Beleg-/Genehmigungsnummer</source>
        <translation>Card payment: slip / approval number</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/payment_dialog.py" line="53"/>
        <source>Passend</source>
        <translation>Exact</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/payment_dialog.py" line="62"/>
        <source>Karte (Strg+K)</source>
        <translation>Card (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/payment_dialog.py" line="66"/>
        <source>Zurück (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/payment_dialog.py" line="98"/>
        <source>Summe: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/payment_dialog.py" line="100"/>
        <source>Offen: {amount}</source>
        <translation>Due: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/payment_dialog.py" line="104"/>
        <source>Bar</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/payment_dialog.py" line="104"/>
        <source>Karte</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/payment_dialog.py" line="114"/>
        <source>„{text}“ ist kein gültiger Betrag. Bitte z. B. 20 oder 12,50 eingeben.</source>
        <translation>“{text}” is not a valid amount. Please enter e.g. 20 or 12,50.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/payment_dialog.py" line="78"/>
        <source>Enter im leeren Betragsfeld</source>
        <translation>Enter on the empty amount field</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/payment_dialog.py" line="215"/>
        <source>Kartenzahlung mit Strg+K buchen.</source>
        <translation>Book a card payment with Ctrl+K.</translation>
    </message>
</context>
<context>
    <name>RecycleDialog</name>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="122"/>
        <source>{code} recyceln oder entsorgen</source>
        <translation>Recycle or dispose of {code}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="124"/>
        <source>recyceln</source>
        <translation>recycle</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="125"/>
        <source>entsorgen</source>
        <translation>dispose of</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="131"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="132"/>
        <source>Stoffstrom</source>
        <translation>Material stream</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="133"/>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
</context>
<context>
    <name>RepairNoteDialog</name>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="106"/>
        <source>Reparatur an {code}</source>
        <translation>Repair of {code}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="108"/>
        <source>Was wurde gemacht?</source>
        <translation>What was done?</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="110"/>
        <source>Verwendete Teile</source>
        <translation>Parts used</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="111"/>
        <source>Arbeit</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="112"/>
        <source>Teile</source>
        <translation>Parts</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="43"/>
        <source>Rückgabe</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="45"/>
        <source>Bon scannen oder Bonnummer eingeben, Enter</source>
        <translation>Scan the receipt or type its number, Enter</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="50"/>
        <source>Bons des Tages</source>
        <translation>Receipts of the day</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="59"/>
        <source>Zurück</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="59"/>
        <source>Artikel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="60"/>
        <source>Menge</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="60"/>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="61"/>
        <source>In den Bestand</source>
        <translation>Restock</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="64"/>
        <source>bar auszahlen</source>
        <translation>pay out in cash</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="65"/>
        <source>auf die Karte zurück</source>
        <translation>refund to the card</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="67"/>
        <source>Kartenbeleg-Nr. (bei Karte)</source>
        <translation>Card slip no. (for card)</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="68"/>
        <source>Rückgabe buchen</source>
        <translation>Record return</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="71"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="116"/>
        <source>An diesem Tag gibt es keine Verkäufe an dieser Kasse.</source>
        <translation>There are no sales at this till on that day.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="129"/>
        <source>Bon {number} vom {when}, {total}</source>
        <translation>Receipt {number} of {when}, {total}</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/returns_dialogs.py" line="143"/>
        <source> (schon zurück)</source>
        <translation> (already returned)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/kit/role_names.py" line="13"/>
        <source>Annahme/Werkstatt</source>
        <translation>Intake/Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/kit/role_names.py" line="14"/>
        <source>Kasse</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/kit/role_names.py" line="15"/>
        <source>Leitung</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/kit/role_names.py" line="16"/>
        <source>Verwaltung</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SafetyTestDialog</name>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="76"/>
        <source>Sicherheitsprüfung {code}</source>
        <translation>Electrical safety test {code}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="77"/>
        <source>bestanden</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="78"/>
        <source>nicht bestanden</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="85"/>
        <source>z. B. Benning ST 710, Nr. 1234</source>
        <translation>e.g. Benning ST 710, no. 1234</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="88"/>
        <source>zur Reparatur</source>
        <translation>to repair</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="89"/>
        <source>zum Recycling (Elektroschrott)</source>
        <translation>to recycling (e-waste)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="90"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="92"/>
        <source>Prüfdatum</source>
        <translation>Test date</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="93"/>
        <source>Geprüft von</source>
        <translation>Tested by</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="94"/>
        <source>Prüfgerät</source>
        <translation>Test instrument</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="95"/>
        <source>Bemerkung</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="96"/>
        <source>Wenn nicht bestanden</source>
        <translation>If failed</translation>
    </message>
</context>
<context>
    <name>SettingsFields</name>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="111"/>
        <source>simuliert (ohne Gerät)</source>
        <translation>simulated (no device)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="112"/>
        <source>ESC/POS-Bondrucker (seriell/Netzwerk)</source>
        <translation>ESC/POS receipt printer (serial/network)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="113"/>
        <source>Tastatur-Scanner (USB)</source>
        <translation>Keyboard scanner (USB)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="114"/>
        <source>serieller Scanner</source>
        <translation>serial scanner</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="115"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="116"/>
        <source>XON/XOFF (Software)</source>
        <translation>XON/XOFF (software)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="117"/>
        <source>RTS/CTS (Hardware)</source>
        <translation>RTS/CTS (hardware)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="118"/>
        <source>aus</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="119"/>
        <source>ein</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="120"/>
        <source>voller Schnitt</source>
        <translation>full cut</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="121"/>
        <source>Teilschnitt</source>
        <translation>partial cut</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="122"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_form.py" line="123"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="28"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="29"/>
        <source>Geräte und Sprache dieses Rechners sowie die Benutzer der Kasse.</source>
        <translation>Devices and language of this computer, and the users of the till.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="38"/>
        <source>&amp;Benutzer</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="39"/>
        <source>&amp;Warengruppen</source>
        <translation>&amp;Categories</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="40"/>
        <source>&amp;Geräte</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="41"/>
        <source>Dieser &amp;Rechner</source>
        <translation>This &amp;computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="42"/>
        <source>Ka&amp;ufhausregeln</source>
        <translation>Store r&amp;ules</translation>
    </message>
</context>
<context>
    <name>SimulatedScanDialog</name>
    <message>
        <location filename="../../ui/checkout/simulated_scan_dialog.py" line="38"/>
        <source>Scanner-Simulation</source>
        <translation>Scanner simulation</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/simulated_scan_dialog.py" line="40"/>
        <source>Suchen (Code, Beschreibung)</source>
        <translation>Search (code, description)</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/simulated_scan_dialog.py" line="44"/>
        <source>Scannen</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/simulated_scan_dialog.py" line="53"/>
        <source>Verkaufsbereite Artikel:</source>
        <translation>Items ready for sale:</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/simulated_scan_dialog.py" line="77"/>
        <source>Keine verkaufsbereiten Artikel gefunden.</source>
        <translation>No items ready for sale found.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/simulated_scan_dialog.py" line="85"/>
        <source>Gescannt: %s</source>
        <translation>Scanned: %s</translation>
    </message>
</context>
<context>
    <name>StorePolicy</name>
    <message>
        <location filename="../../ui/settings/store_policy_page.py" line="31"/>
        <source>Rabatt in Prozent, ab dem die Leitung freigeben muss</source>
        <translation>Discount in percent above which a manager must approve</translation>
    </message>
    <message>
        <location filename="../../ui/settings/store_policy_page.py" line="32"/>
        <source>Rabattbetrag, ab dem die Leitung freigeben muss</source>
        <translation>Discount amount above which a manager must approve</translation>
    </message>
    <message>
        <location filename="../../ui/settings/store_policy_page.py" line="33"/>
        <source>Höchster Preis, der an der Kasse eingetippt werden darf</source>
        <translation>Highest price that may be typed at the till</translation>
    </message>
    <message>
        <location filename="../../ui/settings/store_policy_page.py" line="34"/>
        <source>Höchste Menge einer Position an der Kasse</source>
        <translation>Highest quantity of one line at the till</translation>
    </message>
    <message>
        <location filename="../../ui/settings/store_policy_page.py" line="35"/>
        <source>Höchstbetrag einer Kartenzahlung (0 = bis zum offenen Betrag)</source>
        <translation>Most for one card payment (0 = up to the open amount)</translation>
    </message>
</context>
<context>
    <name>StorePolicyPage</name>
    <message>
        <location filename="../../ui/settings/store_policy_page.py" line="72"/>
        <source>Regeln speichern</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <location filename="../../ui/settings/store_policy_page.py" line="78"/>
        <source>Diese Regeln gelten für das ganze Kaufhaus: jede Änderung geht an alle Kassen und gilt dort ab dem nächsten Verkauf.</source>
        <translation>These rules apply to the whole store: every change goes to all tills and applies there from the next sale on.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/store_policy_page.py" line="103"/>
        <source>geändert {when} von {who}</source>
        <translation>changed {when} by {who}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/store_policy_page.py" line="119"/>
        <source>Gespeichert: {n} Regel(n) geändert.</source>
        <translation>Saved: {n} rule(s) changed.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/store_policy_page.py" line="120"/>
        <source>Nichts geändert.</source>
        <translation>Nothing changed.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/shell/sync_controller.py" line="61"/>
        <source>Synchronisierung gestartet; der Stand erscheint in der Statusleiste.</source>
        <translation>Sync started; its progress shows in the status bar.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_controller.py" line="69"/>
        <source>Synchronisiert: {pushed} gesendet, {pulled} empfangen, {pending} ausstehend.</source>
        <translation>Synced: {pushed} sent, {pulled} received, {pending} pending.</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="24"/>
        <source>ohne Kaufhaus</source>
        <translation>no store</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="26"/>
        <source>Station %d</source>
        <translation>Station %d</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="26"/>
        <source>ohne Station</source>
        <translation>no station</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="29"/>
        <location filename="../../ui/shell/status_bar.py" line="79"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="30"/>
        <source>Benutzer wechseln</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="32"/>
        <source>Strg+Umschalt+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="69"/>
        <source>offline · %d ausstehend</source>
        <translation>offline · %d pending</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="77"/>
        <source>Nicht bei der Zentrale angemeldet: kreislauf sync --register CODE --server URL</source>
        <translation>Not registered with the central server: kreislauf sync --register CODE --server URL</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="79"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="80"/>
        <source>%s · %d ausstehend</source>
        <translation>%s · %d pending</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="82"/>
        <source> · zuletzt %s</source>
        <translation> · last %s</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="84"/>
        <source> · %d Konflikte</source>
        <translation> · %d conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="91"/>
        <source>offline · Stand unbekannt</source>
        <translation>offline · state unknown</translation>
    </message>
</context>
<context>
    <name>UnknownCodeDialog</name>
    <message>
        <location filename="../../ui/checkout/checkout_dialogs.py" line="39"/>
        <source>Unbekannter Artikel</source>
        <translation>Unknown item</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_dialogs.py" line="41"/>
        <source>Der Code {code} ist an dieser Kasse noch nicht bekannt (an einer anderen Station angenommen). Bitte den Preis vom Etikett eingeben; der Verkauf wird beim Abgleich zugeordnet.</source>
        <translation>This till does not know the code {code} yet (it was taken in at another station). Please enter the price from the label; the sale is matched up when the stations sync.</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_dialogs.py" line="46"/>
        <source>Preis vom Etikett, z. B. 12,50</source>
        <translation>Price from the label, e.g. 12,50</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_dialogs.py" line="48"/>
        <source>(unbekannt)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_dialogs.py" line="52"/>
        <source>Preis (€)</source>
        <translation>Price (€)</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_dialogs.py" line="53"/>
        <source>Warengruppe</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/checkout_dialogs.py" line="57"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>UserAdminPanel</name>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="46"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="46"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="52"/>
        <source>&amp;Entsperren</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="54"/>
        <source>&amp;Deaktivieren</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="56"/>
        <source>&amp;Reaktivieren</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="70"/>
        <source>Neuen Benutzer anlegen</source>
        <translation>Add a new user</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="72"/>
        <source>z. B. jana</source>
        <translation>e.g. jana</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="74"/>
        <source>z. B. Jana Werkstatt</source>
        <translation>e.g. Jana Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="81"/>
        <source>4 bis 8 Ziffern</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="83"/>
        <source>Benutzer &amp;anlegen</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="87"/>
        <source>Benutzername:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="88"/>
        <source>Anzeigename:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="89"/>
        <source>Rolle:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="90"/>
        <source>Start-PIN:</source>
        <translation>Initial PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="106"/>
        <source>deaktiviert</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="108"/>
        <source>gesperrt</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="110"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="142"/>
        <source>Benutzer „%s“ angelegt. Beim ersten Anmelden wird eine eigene PIN verlangt.</source>
        <translation>User “%s” created. A personal PIN is required at the first login.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="153"/>
        <source>Bitte zuerst einen Benutzer in der Liste auswählen.</source>
        <translation>Please choose a user in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/user_admin.py" line="168"/>
        <source>Der eigene Zugang kann nicht deaktiviert werden.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="37"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/intake/workshop_dialogs.py" line="38"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/checkout/checkout_dialogs.py" line="26"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QtOperatorPrompt</name>
    <message>
        <location filename="../../ui/kit/operator_prompt.py" line="104"/>
        <source>Bondrucker</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../ui/kit/operator_prompt.py" line="110"/>
        <source>&amp;Ja</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../ui/kit/operator_prompt.py" line="111"/>
        <source>&amp;Nein</source>
        <translation>&amp;No</translation>
    </message>
</context>
</TS>
