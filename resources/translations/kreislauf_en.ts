<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="64"/>
        <source>Verwaltung</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="65"/>
        <source>Der erste Zugang mit allen Rechten; weitere Benutzer legt er in Einstellungen an. Die PIN hat mindestens 6 Ziffern.</source>
        <translation>The first account with all rights; it adds further users in Settings. The PIN has at least 6 digits.</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="67"/>
        <source>&amp;Benutzername:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="68"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="69"/>
        <source>PIN wieder&amp;holen:</source>
        <translation>PIN &amp;again:</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="138"/>
        <source>Freigabe durch die Leitung</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="147"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="148"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="153"/>
        <source>Freigeben</source>
        <translation>Approve</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../app/ui/checkout/cart_panel.py" line="21"/>
        <source>Pos</source>
        <translation>Pos</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/cart_panel.py" line="21"/>
        <source>Artikel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/cart_panel.py" line="22"/>
        <source>Menge</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/cart_panel.py" line="23"/>
        <source>Einzelpreis</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/cart_panel.py" line="24"/>
        <source>Rabatt</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/cart_panel.py" line="24"/>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/cart_panel.py" line="89"/>
        <source>  (−{p} % Altersrabatt)</source>
        <translation>  (−{p} % age markdown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/cart_panel.py" line="91"/>
        <source>  (Abgleich nötig)</source>
        <translation>  (to be reconciled)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/cart_panel.py" line="78"/>
        <source>Bonrabatt: {amount}</source>
        <translation>Sale discount: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/cart_panel.py" line="82"/>
        <source>Summe {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/cart_panel.py" line="35"/>
        <source>Warenkorb</source>
        <translation>Cart</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="46"/>
        <source>&amp;Neue Warengruppe</source>
        <translation>&amp;New category</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="62"/>
        <source>Elektrogerät (Sicherheitsprüfung nötig)</source>
        <translation>Electrical appliance (safety test required)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="71"/>
        <location filename="../../app/ui/settings/catalog_editor.py" line="117"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="74"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="75"/>
        <source>Obergruppe</source>
        <translation>Parent category</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="76"/>
        <source>Steuer</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="77"/>
        <source>Standardpreis (€)</source>
        <translation>Default price (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="78"/>
        <source>Durchschnittsgewicht</source>
        <translation>Average weight</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="79"/>
        <source>Stoffstrom</source>
        <translation>Material stream</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="81"/>
        <source>Klima-Faktor</source>
        <translation>Climate factor</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="82"/>
        <source>Kassentaste</source>
        <translation>Till key</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="85"/>
        <source>Warengruppe s&amp;peichern</source>
        <translation>Sa&amp;ve category</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="181"/>
        <source>Gespeichert: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="44"/>
        <source>Warengruppen</source>
        <translation>Categories</translation>
    </message>
</context>
<context>
    <name>CategoryKeys</name>
    <message>
        <location filename="../../app/ui/checkout/category_keys.py" line="53"/>
        <source>Warengruppe {name}, {price}, Taste {key}</source>
        <translation>Category {name}, {price}, key {key}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/category_keys.py" line="55"/>
        <source>Warengruppe {name}, {price}</source>
        <translation>Category {name}, {price}</translation>
    </message>
</context>
<context>
    <name>CategoryPriceDialog</name>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="86"/>
        <source>Preis für {name}</source>
        <translation>Price for {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="88"/>
        <source>„{what}“ hat keinen Standardpreis. Bitte den Preis eintippen und Enter drücken (Esc: nichts buchen).</source>
        <translation>“{what}” has no default price. Please type the price and press Enter (Esc: record nothing).</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="93"/>
        <source>Preis, z. B. 2,50</source>
        <translation>Price, e.g. 2,50</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="97"/>
        <source>Preis (€)</source>
        <translation>Price (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="102"/>
        <source>Buchen (Enter)</source>
        <translation>Record (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="116"/>
        <source>Bitte einen Preis eintippen (Esc: nichts buchen).</source>
        <translation>Please type a price (Esc: record nothing).</translation>
    </message>
</context>
<context>
    <name>CheckoutArea</name>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="99"/>
        <source>Kasse</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="100"/>
        <source>Scannen, Warengruppen-Taste (Preis eintippen, dann F-Taste), F12 bezahlen.</source>
        <translation>Scan, or type a price and press a category key (F key); F12 to pay.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="104"/>
        <source>Preis · 3*2,50 · 10% · Code</source>
        <translation>Price · 3*2,50 · 10% · Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="106"/>
        <source>Preis, Menge×Preis (3*2,50), Rabatt (10% / 2,00) oder Artikelcode + Enter</source>
        <translation>Price, quantity×price (3*2,50), discount (10% / 2,00) or item code + Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="114"/>
        <source>TRAININGSBETRIEB – Bons sind Trainingsbons, keine gültigen Kassenbelege.</source>
        <translation>TRAINING MODE – receipts are training receipts, not valid till receipts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="127"/>
        <source>Bon-Vorschau</source>
        <translation>Receipt preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="132"/>
        <source>QR-Code des Bons</source>
        <translation>QR code of the receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="161"/>
        <source>Menge</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="162"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="163"/>
        <source>Zeilenrabatt</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="164"/>
        <source>Bonrabatt</source>
        <translation>Sale discount</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="165"/>
        <source>Parken</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="166"/>
        <source>Fortsetzen</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="167"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="168"/>
        <source>Rückgabe</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="169"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="170"/>
        <source>Nachdruck</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="171"/>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="172"/>
        <source>Bezahlen</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="239"/>
        <source>Die Kasse ist geschlossen. Bitte zuerst unter „Abschluss“ mit Wechselgeld öffnen (Leitung).</source>
        <translation>The till is closed. A manager must first open it with a float under “Closing”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="247"/>
        <source>● Kasse geöffnet</source>
        <translation>● Till open</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="248"/>
        <source>✖ Kasse geschlossen – kein Verkauf möglich</source>
        <translation>✖ Till closed – no sales possible</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="261"/>
        <source>Nicht gebucht: {reason}</source>
        <translation>Not recorded: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="283"/>
        <source>{n} Verkäufe geparkt</source>
        <translation>{n} sales parked</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="405"/>
        <source>{desc}: {price}</source>
        <translation>{desc}: {price}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="438"/>
        <source>Für einen Preis bitte die Warengruppen-Taste drücken (F1–F11).</source>
        <translation>For a price, please press a category key (F1–F11).</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="503"/>
        <source>Bitte zuerst die Menge eintippen, dann „Menge“ drücken.</source>
        <translation>Please type the quantity first, then press “Quantity”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="524"/>
        <source>Position entfernen?</source>
        <translation>Remove line?</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="525"/>
        <source>„{what}“ ({amount}) aus dem Warenkorb entfernen?</source>
        <translation>Remove “{what}” ({amount}) from the cart?</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="527"/>
        <source>Entfernen (Enter)</source>
        <translation>Remove (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="542"/>
        <source>Bitte zuerst den Rabatt eintippen (z. B. 10% oder 2,00).</source>
        <translation>Please type the discount first (e.g. 10% or 2,00).</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="596"/>
        <source>Geparkt: {n} Positionen, {total}</source>
        <translation>Parked: {n} lines, {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="608"/>
        <source>Bitte den laufenden Verkauf erst abschließen oder parken.</source>
        <translation>Please finish or park the current sale first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="615"/>
        <source>Es gibt keine geparkten Verkäufe.</source>
        <translation>There are no parked sales.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="637"/>
        <source>Verkauf fortgesetzt.</source>
        <translation>Sale resumed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="645"/>
        <source>Die Kasse ist geschlossen: ein Abbruch kann nicht gebucht werden. Bitte den Verkauf parken (Strg+Umschalt+P) oder die Kasse öffnen und dann abbrechen.</source>
        <translation>The till is closed: a cancellation cannot be recorded. Please park the sale (Ctrl+Shift+P) or open the till and then cancel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="649"/>
        <source>Verkauf abbrechen?</source>
        <translation>Cancel the sale?</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="650"/>
        <source>Den ganzen Verkauf abbrechen ({n} Positionen, {total})?</source>
        <translation>Cancel the whole sale ({n} lines, {total})?</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="652"/>
        <source>Verkauf abbrechen (Enter)</source>
        <translation>Cancel sale (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="653"/>
        <source>Der Abbruch wird als Bon gespeichert; Esc führt zurück.</source>
        <translation>The cancellation is saved as a receipt; Esc goes back.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="656"/>
        <source>Verkauf abgebrochen</source>
        <translation>Sale cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="708"/>
        <source>Rückgeld: {amount}</source>
        <translation>Change: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="711"/>
        <source>Bezahlt, kein Rückgeld.</source>
        <translation>Paid, no change.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="723"/>
        <source>Bon {n} gespeichert.</source>
        <translation>Receipt {n} saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="787"/>
        <source>&amp;Lieferung…</source>
        <translation>&amp;Delivery…</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="791"/>
        <source>Lieferung mit dem Lastenrad buchen: für den Verkauf eben oder einen früheren Bon</source>
        <translation>Book a cargo-bike delivery: for the sale just finished or an earlier receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="814"/>
        <source>Lieferung {number} gebucht.</source>
        <translation>Delivery {number} booked.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="718"/>
        <source>Der Verkauf ist gespeichert; „Nachdruck“ druckt den Bon erneut.</source>
        <translation>The sale is saved; “Reprint” prints the receipt again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="753"/>
        <source>Kopie gedruckt.</source>
        <translation>Copy printed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="771"/>
        <source>Rückgabe gebucht</source>
        <translation>Return recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="669"/>
        <source>Der Verkauf wird gerade gespeichert …</source>
        <translation>The sale is being saved …</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_area.py" line="107"/>
        <source>Kasseneingabe: Preis, Menge, Rabatt oder Code</source>
        <translation>Till input: price, quantity, discount or code</translation>
    </message>
</context>
<context>
    <name>CheckoutDialogs</name>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="36"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CheckoutView</name>
    <message>
        <location filename="../../app/ui/checkout/checkout_view.py" line="53"/>
        <source>Scanner-Simulation
Strg+Umschalt+K</source>
        <translation>Scanner simulation
Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_view.py" line="75"/>
        <source>Bon nicht gedruckt – bitte prüfen</source>
        <translation>Receipt not printed – please check</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_view.py" line="77"/>
        <source>Papier geht zu Ende</source>
        <translation>Paper running low</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_view.py" line="79"/>
        <source>bereit</source>
        <translation>ready</translation>
    </message>
</context>
<context>
    <name>ClosingArea</name>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="69"/>
        <source>Entnahme</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="70"/>
        <source>Einlage</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="71"/>
        <source>Ausgabe</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="93"/>
        <location filename="../../app/ui/closing/closing_area.py" line="235"/>
        <source>Abschluss</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="94"/>
        <source>Kasse öffnen, Bargeld bewegen, zählen und den Tag mit dem Z-Bericht abschließen.</source>
        <translation>Open the till, move cash, count it and close the day with the Z report.</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="109"/>
        <source>Ausfall als gemeldet &amp;vermerken</source>
        <translation>&amp;Mark outage as reported</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="111"/>
        <source>Den ältesten meldepflichtigen TSE-Ausfall als dem Finanzamt gemeldet vermerken</source>
        <translation>Mark the oldest reportable TSE outage as reported to the tax office</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="113"/>
        <source>TSE-Ausfälle</source>
        <translation>TSE outages</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="122"/>
        <location filename="../../app/ui/closing/closing_area.py" line="125"/>
        <source>Kasse öffnen</source>
        <translation>Open till</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="127"/>
        <source>Wechselgeld (Summe, € – oder unten zählen)</source>
        <translation>Float (total in € – or count below)</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="138"/>
        <source>Grund / Belegnotiz (z. B. zur Bank)</source>
        <translation>Reason / voucher note (e.g. to the bank)</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="139"/>
        <source>Buchen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="136"/>
        <location filename="../../app/ui/closing/closing_area.py" line="141"/>
        <source>Betrag (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="142"/>
        <source>Bargeldbewegung</source>
        <translation>Cash movement</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="159"/>
        <source>Gezählt</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="160"/>
        <source>Soll</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="161"/>
        <location filename="../../app/ui/closing/closing_area.py" line="235"/>
        <source>Differenz</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="168"/>
        <source>Pflicht bei Differenz</source>
        <translation>Required if there is a difference</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="170"/>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="174"/>
        <source>Ko&amp;mmentar</source>
        <translation>C&amp;omment</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="176"/>
        <source>&amp;Zur Bank / Tresor (€)</source>
        <translation>To the &amp;bank / safe (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="178"/>
        <location filename="../../app/ui/closing/closing_area.py" line="180"/>
        <source>Tagesabschluss (Z-Bericht)</source>
        <translation>Close the day (Z report)</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="182"/>
        <source>Zählung nach Stückelung</source>
        <translation>Count by denomination</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="206"/>
        <source>X-Bericht</source>
        <translation>X report</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="208"/>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="210"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="212"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="214"/>
        <source>Monat…</source>
        <translation>Month…</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="216"/>
        <source>Monatsübersicht für die Buchhaltung (PDF/CSV)</source>
        <translation>Monthly summary for the accounts (PDF/CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="218"/>
        <source>K&amp;limabilanz…</source>
        <translation>C&amp;limate impact…</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="219"/>
        <source>Klimabilanz mit Diagrammen (PDF/CSV)</source>
        <translation>Climate impact with charts (PDF/CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="223"/>
        <source>Lie&amp;ferungen…</source>
        <translation>&amp;Deliveries…</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="225"/>
        <source>Lieferungen und Abholungen des Tages, Touren, Status, Tourenliste</source>
        <translation>The day&apos;s deliveries and pick-ups, trips, status, dispatch list</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="228"/>
        <source>DSFinV-K-Export…</source>
        <translation>DSFinV-K export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="231"/>
        <source>Kurzfassung auf dem Bondrucker</source>
        <translation>Short version on the receipt printer</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="235"/>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="235"/>
        <source>Umsatz</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="262"/>
        <source>Z-Berichte (Enter: anzeigen)</source>
        <translation>Z reports (Enter: show)</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="325"/>
        <source>TSE-Ausfall vom {since} als gemeldet vermerkt.</source>
        <translation>TSE outage of {since} marked as reported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="339"/>
        <source>Als Kasse: X-Bericht der offenen Sitzung.</source>
        <translation>As cashier: X report of the open session.</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="358"/>
        <source>Kasse geschlossen. Nächster Z-Bericht: Nr. {z}. Vorschlag Wechselgeld: {float}.</source>
        <translation>Till closed. Next Z report: no. {z}. Suggested float: {float}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="365"/>
        <source>Kasse offen seit {since} (Sitzung {n}, {who}), Wechselgeld {float}, erwartet in der Kasse: {expected}.</source>
        <translation>Till open since {since} (session {n}, {who}), float {float}, expected in the drawer: {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="396"/>
        <source>Gezählt: {c}</source>
        <translation>Counted: {c}</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="403"/>
        <source>Gezählt {c} · Soll {e} · Differenz {d}</source>
        <translation>Counted {c} · expected {e} · difference {d}</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="444"/>
        <source>Wechselgeld</source>
        <translation>Float</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="457"/>
        <source>Kasse geöffnet mit {f} Wechselgeld.</source>
        <translation>Till opened with a float of {f}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="466"/>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="474"/>
        <source>{label} über {amount} gebucht; in der Kasse: {exp}.</source>
        <translation>{label} of {amount} recorded; in the drawer: {exp}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="486"/>
        <source>Zur Bank</source>
        <translation>To the bank</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="498"/>
        <source>Verkäufe: {n} · Umsatz {gross}</source>
        <translation>Sales: {n} · revenue {gross}</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="500"/>
        <source>Bargeld Soll {e} · gezählt {c} · Differenz {d}</source>
        <translation>Cash expected {e} · counted {c} · difference {d}</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="503"/>
        <source>Zur Bank {b} · bleibt in der Kasse {left}</source>
        <translation>To the bank {b} · stays in the drawer {left}</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="508"/>
        <source>Kommentar: {c}</source>
        <translation>Comment: {c}</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="510"/>
        <source>Tagesabschluss</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="511"/>
        <source>Z-Bericht Nr. {z} jetzt erstellen? Danach ist die Kasse geschlossen; das lässt sich nicht rückgängig machen.</source>
        <translation>Create Z report no. {z} now? The till is then closed; this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="513"/>
        <source>Z-Bericht erstellen (Enter)</source>
        <translation>Create Z report (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="525"/>
        <source>Z-Bericht Nr. {z} erstellt; in der Kasse bleiben {left}.</source>
        <translation>Z report no. {z} created; {left} stays in the drawer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="556"/>
        <source>Bericht gedruckt.</source>
        <translation>Report printed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="569"/>
        <location filename="../../app/ui/closing/closing_area.py" line="579"/>
        <source>Gespeichert: {p}</source>
        <translation>Saved: {p}</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="583"/>
        <source>Bericht speichern</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="591"/>
        <source>Monatsübersicht speichern</source>
        <translation>Save monthly summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="592"/>
        <source>PDF oder CSV (*.pdf *.csv)</source>
        <translation>PDF or CSV (*.pdf *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="615"/>
        <source>DSFinV-K-Export läuft …</source>
        <translation>DSFinV-K export running …</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="618"/>
        <source>DSFinV-K-Export</source>
        <translation>DSFinV-K export</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="619"/>
        <source>Belege {start:%d.%m.%Y} bis {end:%d.%m.%Y} werden exportiert …</source>
        <translation>Exporting receipts {start:%d.%m.%Y} to {end:%d.%m.%Y} …</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="623"/>
        <source>DSFinV-K-Export gespeichert: {p} ({n} Z-Berichte)</source>
        <translation>DSFinV-K export saved: {p} ({n} Z reports)</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="135"/>
        <source>Art der Bargeldbewegung</source>
        <translation>Kind of cash movement</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="137"/>
        <source>Grund / Belegnotiz</source>
        <translation>Reason / receipt note</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/closing_area.py" line="233"/>
        <source>Z-Berichte</source>
        <translation>Z reports</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../app/ui/kit/confirm.py" line="48"/>
        <source>Zurück (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
</context>
<context>
    <name>CountGrid</name>
    <message>
        <location filename="../../app/ui/closing/count_grid.py" line="42"/>
        <source>Anzahl {label}</source>
        <translation>Number of {label}</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="53"/>
        <source>ohne Gebühr</source>
        <translation>no fee</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="54"/>
        <source>Stadtgebiet</source>
        <translation>town area</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="55"/>
        <source>Umland bis 10 km</source>
        <translation>surroundings up to 10 km</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="77"/>
        <source>Abholung buchen</source>
        <translation>Book a pick-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="78"/>
        <source>Lieferung buchen</source>
        <translation>Book a delivery</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="82"/>
        <source>z. B. Marktstraße 5</source>
        <translation>e.g. Marktstrasse 5</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="83"/>
        <source>5 Ziffern</source>
        <translation>5 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="85"/>
        <source>für Rückfragen (freiwillig)</source>
        <translation>for questions (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="86"/>
        <source>z. B. 51,5711 8,1057</source>
        <translation>e.g. 51.5711 8.1057</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="88"/>
        <source>z. B. 3. Stock, kein Aufzug</source>
        <translation>e.g. 3rd floor, no lift</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="89"/>
        <source>Abholadresse</source>
        <translation>Pick-up address</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="90"/>
        <source>Lieferadresse</source>
        <translation>Delivery address</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="92"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="93"/>
        <source>&amp;Straße und Nr.:</source>
        <translation>&amp;Street and no.:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="94"/>
        <source>P&amp;LZ:</source>
        <translation>Post&amp;code:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="94"/>
        <source>&amp;Ort:</source>
        <translation>To&amp;wn:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="95"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="96"/>
        <source>&amp;Koordinaten:</source>
        <translation>C&amp;oordinates:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="97"/>
        <source>&amp;Hinweise:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="103"/>
        <source>z. B. 14:00</source>
        <translation>e.g. 14:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="104"/>
        <source>z. B. 16:00</source>
        <translation>e.g. 16:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="109"/>
        <source>b&amp;is</source>
        <translation>&amp;until</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="113"/>
        <source>Uhr</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="115"/>
        <source>Zeitfenster von</source>
        <translation>Time window from</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="116"/>
        <source>Zeitfenster bis</source>
        <translation>Time window until</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="118"/>
        <source>Liefergebühr</source>
        <translation>Delivery fee</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="121"/>
        <source>{label} ({amount})</source>
        <translation>{label} ({amount})</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="126"/>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="128"/>
        <source>T&amp;ag:</source>
        <translation>Da&amp;y:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="129"/>
        <source>Zeitfenster &amp;von:</source>
        <translation>Time window &amp;from:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="133"/>
        <source>&amp;Gebühr:</source>
        <translation>F&amp;ee:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="136"/>
        <source>Bon-Nr. oder Bon scannen, Enter</source>
        <translation>Receipt no. or scan the receipt, Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="137"/>
        <source>Bon-Nr.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="147"/>
        <source>Weitere &amp;Position</source>
        <translation>Another &amp;item</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="148"/>
        <source>Weitere Position</source>
        <translation>Another item</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="154"/>
        <source>Waren</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="158"/>
        <source>&amp;Bon-Nr.:</source>
        <translation>&amp;Receipt no.:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="177"/>
        <source>Buchen (Enter)</source>
        <translation>Book (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="179"/>
        <source>Buchen</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="181"/>
        <source>Abholschein &amp;drucken</source>
        <translation>Print pick-up &amp;note</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="182"/>
        <source>Lieferschein &amp;drucken</source>
        <translation>Print delivery &amp;note</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="186"/>
        <source>Abbrechen (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="187"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="279"/>
        <source>Bitte die Bon-Nummer eintippen oder den Bon scannen, dann Enter.</source>
        <translation>Please type the receipt number or scan the receipt, then Enter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="282"/>
        <source>Bon {n} wird geladen …</source>
        <translation>Loading receipt {n} …</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="323"/>
        <source>Ladung: noch offen</source>
        <translation>Load: not known yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="325"/>
        <source>1 Fahrt</source>
        <translation>1 trip</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="326"/>
        <source>{n} Fahrten</source>
        <translation>{n} trips</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="327"/>
        <source>Ladung: {kg} kg, {l} l · {trips}</source>
        <translation>Load: {kg} kg, {l} l · {trips}</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="329"/>
        <source>kein Fahrzeug</source>
        <translation>no vehicle</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="386"/>
        <source>Bitte zuerst den Bon laden: Bon-Nummer eintippen, Enter.</source>
        <translation>Please load the receipt first: type the receipt number, Enter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="393"/>
        <source>Wird gebucht …</source>
        <translation>Booking …</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="405"/>
        <source>{kind} {number} gebucht: {day}, {start}–{end} Uhr.</source>
        <translation>{kind} {number} booked: {day}, {start}–{end}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="415"/>
        <source>Schließen (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/delivery_dialog.py" line="416"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="93"/>
        <source>Geräte</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="94"/>
        <source>Bondrucker und Scanner dieses Rechners: simuliert zum Üben oder echt am seriellen Anschluss.</source>
        <translation>Receipt printer and scanner of this computer: simulated for practice or real on a serial port.</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="96"/>
        <source>&amp;Bondrucker:</source>
        <translation>&amp;Receipt printer:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="97"/>
        <source>simuliert (Bon als Datei)</source>
        <translation>simulated (receipt as a file)</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="98"/>
        <source>ESC/POS-Drucker am seriellen Anschluss</source>
        <translation>ESC/POS printer on a serial port</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="99"/>
        <source>&amp;Anschluss des Druckers:</source>
        <translation>Printer p&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="100"/>
        <source>Test&amp;druck</source>
        <translation>Test &amp;print</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="104"/>
        <source>&amp;Scanner:</source>
        <translation>&amp;Scanner:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="105"/>
        <source>Tastatur-Scanner (USB)</source>
        <translation>Keyboard scanner (USB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="106"/>
        <source>serieller Scanner</source>
        <translation>serial scanner</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="107"/>
        <source>simuliert</source>
        <translation>simulated</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="108"/>
        <source>Anschluss des S&amp;canners:</source>
        <translation>Scanner &amp;connection:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="111"/>
        <source>nach „Testscan“ hier scannen</source>
        <translation>after “Test scan”, scan here</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="112"/>
        <source>Testscan</source>
        <translation>Test scan</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="113"/>
        <source>&amp;Testscan</source>
        <translation>&amp;Test scan</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="138"/>
        <source>Gescannt: „%s“</source>
        <translation>Scanned: “%s”</translation>
    </message>
</context>
<context>
    <name>DeviceSettingsPanel</name>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="54"/>
        <source>Bondrucker</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="56"/>
        <source>Testdruck</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="64"/>
        <source>bereit</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="65"/>
        <source>Papier geht zu Ende</source>
        <translation>Paper running low</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="66"/>
        <source>Papier leer</source>
        <translation>Out of paper</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="67"/>
        <source>Deckel offen</source>
        <translation>Cover open</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="68"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="71"/>
        <source>Zustand des simulierten Druckers:</source>
        <translation>State of the simulated printer:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="74"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="78"/>
        <source>Hier einen Test-Code scannen</source>
        <translation>Scan a test code here</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="83"/>
        <source>Scan-Test:</source>
        <translation>Scan test:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="96"/>
        <source>Testdruck und Scan-Test nutzen sofort die Werte im Formular; gespeichert gilt der Bondrucker sofort, der serielle Scanner ab dem nächsten Start.</source>
        <translation>Test print and scan test use the values in the form right away. Once saved, the receipt printer applies at once, the serial scanner from the next start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="149"/>
        <source>Gespeichert; der Bondrucker gilt ab sofort.</source>
        <translation>Saved; the receipt printer applies now.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="138"/>
        <source>Gespeichert; der Bondrucker wechselt, sobald der laufende Druck fertig ist.</source>
        <translation>Saved; the receipt printer changes as soon as the current print is done.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="91"/>
        <source>Geräte s&amp;peichern</source>
        <translation>Sa&amp;ve devices</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="150"/>
        <source>Gespeichert; der Bondrucker wechselt beim nächsten Start.</source>
        <translation>Saved; the receipt printer changes at the next start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="151"/>
        <source>Der serielle Scanner wechselt beim nächsten Start.</source>
        <translation>The serial scanner changes at the next start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="170"/>
        <source>Testdruck läuft …</source>
        <translation>Printing test page …</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="199"/>
        <source>Als Scan erkannt: „%s“ — %s</source>
        <translation>Recognised as a scan: “%s” — %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="205"/>
        <source>zu langsam oder zu kurz</source>
        <translation>too slow or too short</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/device_settings.py" line="206"/>
        <source>Kein Scan, Tastatureingabe: „%s“ — %s</source>
        <translation>Not a scan, keyboard input: “%s” — %s</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="89"/>
        <source>Lieferungen</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="92"/>
        <source>Tag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="93"/>
        <source>&amp;Tag:</source>
        <translation>Da&amp;y:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="103"/>
        <source>Zeitfenster</source>
        <translation>Time window</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="103"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="103"/>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="113"/>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="121"/>
        <source>Auftrag</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="103"/>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="113"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="104"/>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="114"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="104"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="104"/>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="114"/>
        <source>Ladung</source>
        <translation>Load</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="104"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="105"/>
        <source>Aufträge des Tages</source>
        <translation>Orders of the day</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="107"/>
        <source>Aufträge</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="111"/>
        <source>Geplante Touren</source>
        <translation>Planned trips</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="112"/>
        <source>Tour / Stopp</source>
        <translation>Trip / stop</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="112"/>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="119"/>
        <source>Touren</source>
        <translation>Trips</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="121"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="122"/>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="125"/>
        <source>Nicht eingeplant</source>
        <translation>Not planned</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="131"/>
        <source>&amp;Erledigt…</source>
        <translation>&amp;Delivered…</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="132"/>
        <source>&amp;Nicht angetroffen…</source>
        <translation>&amp;Nobody in…</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="133"/>
        <source>&amp;Verschieben…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="134"/>
        <source>&amp;Stornieren…</source>
        <translation>Cancel &amp;order…</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="135"/>
        <source>&amp;Lieferschein…</source>
        <translation>De&amp;livery note…</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="136"/>
        <source>Tourenliste &amp;PDF…</source>
        <translation>Dispatch list &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="137"/>
        <source>Tourenliste &amp;CSV…</source>
        <translation>Dispatch list &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="148"/>
        <source>Schließen (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="149"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="199"/>
        <source>Aufträge: {orders} · Touren: {trips} · Stopps: {stops} · etwa {km} km</source>
        <translation>Orders: {orders} · trips: {trips} · stops: {stops} · about {km} km</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="212"/>
        <source>{load} · {n} Fahrten</source>
        <translation>{load} · {n} trips</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="289"/>
        <source>Bitte zuerst einen Auftrag wählen.</source>
        <translation>Please choose an order first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="293"/>
        <source>Auftrag stornieren?</source>
        <translation>Cancel the order?</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="294"/>
        <source>{kind} {number} ({name}) stornieren?</source>
        <translation>Cancel {kind} {number} ({name})?</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="297"/>
        <source>Stornieren (Enter)</source>
        <translation>Cancel order (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="299"/>
        <source>Das lässt sich nicht zurücknehmen; Esc führt zurück.</source>
        <translation>This cannot be undone; Esc goes back.</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="313"/>
        <source>{number}: {status}</source>
        <translation>{number}: {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="341"/>
        <source>Tourenliste als PDF speichern</source>
        <translation>Save the dispatch list as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="342"/>
        <source>Tourenliste als CSV speichern</source>
        <translation>Save the dispatch list as CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="343"/>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="344"/>
        <source>CSV-Tabelle (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="362"/>
        <source>Tourenliste gespeichert: {path} ({trips} Touren, {unplanned} nicht eingeplant).</source>
        <translation>Dispatch list saved: {path} ({trips} trips, {unplanned} not planned).</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/dispatch_dialog.py" line="365"/>
        <source>Wird gespeichert …</source>
        <translation>Saving …</translation>
    </message>
</context>
<context>
    <name>DsfinvkExportDialog</name>
    <message>
        <location filename="../../app/ui/closing/dsfinvk_export_dialog.py" line="32"/>
        <source>DSFinV-K-Export</source>
        <translation>DSFinV-K export</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/dsfinvk_export_dialog.py" line="39"/>
        <source>&amp;Durchsuchen…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/dsfinvk_export_dialog.py" line="48"/>
        <source>&amp;Exportieren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/dsfinvk_export_dialog.py" line="53"/>
        <source>Alle Tagesabschlüsse (Z) im Zeitraum, als ZIP für die Betriebsprüfung.</source>
        <translation>All end-of-day closings (Z) in the period, as a ZIP for the tax audit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/dsfinvk_export_dialog.py" line="55"/>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/dsfinvk_export_dialog.py" line="56"/>
        <source>&amp;Bis:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/dsfinvk_export_dialog.py" line="57"/>
        <source>&amp;Datei:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/dsfinvk_export_dialog.py" line="61"/>
        <source>DSFinV-K-Export speichern</source>
        <translation>Save DSFinV-K export</translation>
    </message>
    <message>
        <location filename="../../app/ui/closing/dsfinvk_export_dialog.py" line="63"/>
        <source>ZIP-Archiv (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
</context>
<context>
    <name>FactorsDialog</name>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="49"/>
        <location filename="../../app/ui/impact/factors_dialog.py" line="59"/>
        <source>Klima-Faktoren</source>
        <translation>Climate factors</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="53"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="53"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="53"/>
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="53"/>
        <source>typisch kg</source>
        <translation>typical kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="54"/>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="54"/>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="64"/>
        <source>z. B. 67,13</source>
        <translation>e.g. 67.13</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="65"/>
        <source>je &amp;kg (sonst je Stück)</source>
        <translation>per &amp;kg (else per item)</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="67"/>
        <source>leer = wie bisher</source>
        <translation>empty = as before</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="69"/>
        <source>z. B. WRAP 2011, Tabelle 3</source>
        <translation>e.g. WRAP 2011, table 3</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="73"/>
        <source>warum die neue Zahl (freiwillig)</source>
        <translation>why the new figure (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="75"/>
        <source>kg &amp;CO2e:</source>
        <translation>kg &amp;CO2e:</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="76"/>
        <source>&amp;Typisches Gewicht (kg):</source>
        <translation>&amp;Typical weight (kg):</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="77"/>
        <source>&amp;Quelle:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="77"/>
        <source>&amp;Jahr:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="78"/>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="87"/>
        <source>&amp;Speichern (neue Version)</source>
        <translation>&amp;Save (new version)</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="91"/>
        <source>Schließen (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="100"/>
        <source>Neue Zahlen gelten ab dem nächsten Verkauf; frühere Verkäufe behalten die Faktor-Version, mit der sie berechnet wurden.</source>
        <translation>New figures count from the next sale on; earlier sales keep the factor version they were computed with.</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="120"/>
        <source>Version {version} ({year})</source>
        <translation>Version {version} ({year})</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="126"/>
        <source>je kg</source>
        <translation>per kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="126"/>
        <source>je Stück</source>
        <translation>per item</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="127"/>
        <source>Warengruppe</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/factors_dialog.py" line="127"/>
        <source>Stoffstrom</source>
        <translation>Material stream</translation>
    </message>
</context>
<context>
    <name>GoodsEditor</name>
    <message>
        <location filename="../../app/ui/delivery/goods_editor.py" line="65"/>
        <location filename="../../app/ui/delivery/goods_editor.py" line="131"/>
        <source>Menge</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/goods_editor.py" line="65"/>
        <location filename="../../app/ui/delivery/goods_editor.py" line="126"/>
        <source>Ware</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/goods_editor.py" line="66"/>
        <location filename="../../app/ui/delivery/goods_editor.py" line="134"/>
        <source>kg je Stück</source>
        <translation>kg each</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/goods_editor.py" line="66"/>
        <location filename="../../app/ui/delivery/goods_editor.py" line="135"/>
        <source>Liter je Stück</source>
        <translation>litres each</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/goods_editor.py" line="71"/>
        <source>Noch keine Waren: bitte den Bon laden.</source>
        <translation>No goods yet: please load the receipt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/goods_editor.py" line="111"/>
        <source>kg eintragen</source>
        <translation>enter kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/goods_editor.py" line="112"/>
        <source>kg je Stück: {what}</source>
        <translation>kg each: {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/goods_editor.py" line="115"/>
        <location filename="../../app/ui/delivery/goods_editor.py" line="135"/>
        <source>Liter</source>
        <translation>litres</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/goods_editor.py" line="115"/>
        <source>Liter je Stück: {what}</source>
        <translation>litres each: {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/goods_editor.py" line="124"/>
        <source>z. B. Kommode Eiche</source>
        <translation>e.g. oak chest of drawers</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/goods_editor.py" line="134"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="124"/>
        <source>Stunden erfassen</source>
        <translation>Log hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="127"/>
        <source>z. B. 120</source>
        <translation>e.g. 120</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="129"/>
        <source>z. B. Sortieren, Annahme</source>
        <translation>e.g. sorting, intake</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="134"/>
        <source>Zeit (Minuten)</source>
        <translation>Time (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="135"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="136"/>
        <source>Ehrenamtliche (Anmeldename)</source>
        <translation>Volunteer (login name)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="137"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ImpactDialog</name>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="42"/>
        <source>Dieser Monat</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="43"/>
        <source>Letzter Monat</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="44"/>
        <source>Dieses Jahr</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="45"/>
        <source>Frei wählen (von – bis)</source>
        <translation>Custom (from – to)</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="93"/>
        <source>Klimabilanz</source>
        <translation>Climate impact</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="98"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="101"/>
        <source>Erster Tag</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="102"/>
        <source>Letzter Tag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="106"/>
        <source>&amp;Zeitraum:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="108"/>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="110"/>
        <source>&amp;Bis:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="124"/>
        <source>Artikel weiterverwendet</source>
        <translation>items reused</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="125"/>
        <source>kg weiterverwendet</source>
        <translation>kg reused</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="126"/>
        <source>kg recycelt</source>
        <translation>kg recycled</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="127"/>
        <source>kg CO2e vermieden</source>
        <translation>kg CO2e avoided</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="143"/>
        <location filename="../../app/ui/impact/impact_dialog.py" line="268"/>
        <source>Diagramm: kg CO2e vermieden je Monat</source>
        <translation>Chart: kg CO2e avoided per month</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="145"/>
        <source>Diagramm: kg CO2e vermieden je Warengruppe</source>
        <translation>Chart: kg CO2e avoided per category</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="146"/>
        <location filename="../../app/ui/impact/impact_dialog.py" line="267"/>
        <source>kg CO2e vermieden je Monat</source>
        <translation>kg CO2e avoided per month</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="148"/>
        <source>kg CO2e vermieden je Warengruppe</source>
        <translation>kg CO2e avoided per category</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="155"/>
        <source>Als &amp;PDF speichern…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="156"/>
        <source>Als &amp;CSV speichern…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="163"/>
        <source>Schließen (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="164"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="167"/>
        <source>Klima-&amp;Faktoren…</source>
        <translation>Climate &amp;factors…</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="169"/>
        <source>Klima-Faktoren</source>
        <translation>Climate factors</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="240"/>
        <source>Der Zeitraum endet vor seinem Beginn.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="262"/>
        <source>kg CO2e vermieden je Tag</source>
        <translation>kg CO2e avoided per day</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="263"/>
        <source>Diagramm: kg CO2e vermieden je Tag</source>
        <translation>Chart: kg CO2e avoided per day</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="277"/>
        <source>Im Zeitraum wurde nichts verkauft.</source>
        <translation>Nothing was sold in this period.</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="280"/>
        <source>Alle verkauften Warengruppen haben einen Klima-Faktor. CO2e ist ein Schätzwert.</source>
        <translation>Every category sold has a climate factor. CO2e is an estimate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="282"/>
        <source>Ohne Klima-Faktor (in der CO2e-Summe nicht enthalten, unbekannt statt 0): {names}</source>
        <translation>Without a climate factor (not in the CO2e total, unknown rather than 0): {names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="294"/>
        <source>Klimabilanz als PDF speichern</source>
        <translation>Save climate impact as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="295"/>
        <source>Klimabilanz als CSV speichern</source>
        <translation>Save climate impact as CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="296"/>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="297"/>
        <source>CSV-Tabelle (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="311"/>
        <source>Wird gespeichert …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../app/ui/impact/impact_dialog.py" line="313"/>
        <source>Gespeichert: {p}</source>
        <translation>Saved: {p}</translation>
    </message>
</context>
<context>
    <name>IntakeArea</name>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="114"/>
        <source>Reparatur erfassen</source>
        <translation>Record repair</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="115"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="312"/>
        <source>Reparatur an {code} erfasst</source>
        <translation>Repair of {code} recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="321"/>
        <source>{minutes} Minuten „{activity}“ erfasst</source>
        <translation>{minutes} minutes “{activity}” recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="67"/>
        <source>Annahme</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="68"/>
        <source>Warengruppe wählen, beschreiben, Enter: gespeichert, Etikett in der Warteschlange.</source>
        <translation>Choose a category, describe the item, Enter: saved, label queued.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="88"/>
        <source>Neuer Artikel – Enter speichert, ☑ behält den Wert (Strg+K)</source>
        <translation>New item – Enter saves, ☑ keeps the value (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="107"/>
        <source>Bearbeiten</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="108"/>
        <source>Reparatur</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="109"/>
        <source>Verkaufsbereit</source>
        <translation>Ready for sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="110"/>
        <source>E-Prüfung</source>
        <translation>Safety test</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="111"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="112"/>
        <source>Recycling</source>
        <translation>Recycle</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="113"/>
        <source>Etikett</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="116"/>
        <source>Abholung…</source>
        <translation>Pick-up…</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="117"/>
        <source>Abholung einer Spende mit dem Lastenrad buchen</source>
        <translation>Book a cargo-bike pick-up of a donation</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="207"/>
        <source>Formular ausklappen (Strg+E)</source>
        <translation>Expand the form (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="208"/>
        <source>Formular einklappen (Strg+E)</source>
        <translation>Collapse the form (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="244"/>
        <source>{n} Artikel {status}</source>
        <translation>{n} item(s) {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="247"/>
        <source> ({n} waren es schon)</source>
        <translation> ({n} already were)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="273"/>
        <source>{code} geändert</source>
        <translation>{code} changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="287"/>
        <source>bestanden</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="287"/>
        <source>nicht bestanden</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="290"/>
        <source>Sicherheitsprüfung {code} gespeichert: {result}</source>
        <translation>Safety test {code} saved: {result}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="301"/>
        <source>Notiz zu {code} gespeichert</source>
        <translation>Note on {code} saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="330"/>
        <source>Abholung {number} gebucht.</source>
        <translation>Pick-up {number} booked.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="351"/>
        <source>{code}: {status}</source>
        <translation>{code}: {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="359"/>
        <source>{n} Etiketten in der Warteschlange</source>
        <translation>{n} labels in the queue</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_area.py" line="154"/>
        <source>Formular ein- oder ausklappen</source>
        <translation>Collapse or expand the form</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="122"/>
        <source>&amp;Warengruppe</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="97"/>
        <source>z. B. Stuhl, Buche</source>
        <translation>e.g. chair, beech</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="107"/>
        <source>Regal 4</source>
        <translation>Shelf 4</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="113"/>
        <source>Speichern
(Enter)</source>
        <translation>Save
(Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="122"/>
        <source>Besc&amp;hreibung</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="124"/>
        <source>&amp;Zustand</source>
        <translation>C&amp;ondition</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="124"/>
        <source>&amp;Preis (€)</source>
        <translation>&amp;Price (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="125"/>
        <source>&amp;Gewicht (kg)</source>
        <translation>&amp;Weight (kg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="125"/>
        <source>S&amp;tückzahl</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="126"/>
        <source>Spender-&amp;Notiz</source>
        <translation>Donor &amp;note</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="126"/>
        <source>&amp;Lagerort</source>
        <translation>Sto&amp;rage location</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="196"/>
        <source>{price} (Standard)</source>
        <translation>{price} (default)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="198"/>
        <source>{weight} (Durchschnitt)</source>
        <translation>{weight} (average)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="232"/>
        <source>„{text}“ passt zu mehreren Warengruppen: {names}. Bitte weiter tippen.</source>
        <translation>“{text}” matches several categories: {names}. Please keep typing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="235"/>
        <source>Keine Warengruppe passt zu „{text}“.</source>
        <translation>No category matches “{text}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="322"/>
        <source>Gespeichert: {n} × {desc} zu {price} — {codes}</source>
        <translation>Saved: {n} × {desc} at {price} — {codes}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="157"/>
        <source>Wert des Felds behalten (ein/aus)</source>
        <translation>Keep the field&apos;s value (on/off)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="115"/>
        <source>Speichern (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
</context>
<context>
    <name>ItemEditDialog</name>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="74"/>
        <source>Artikel {code} bearbeiten</source>
        <translation>Edit item {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="80"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="81"/>
        <source>Zustand</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="82"/>
        <source>Preis (€)</source>
        <translation>Price (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="83"/>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="84"/>
        <source>Lagerort</source>
        <translation>Storage location</translation>
    </message>
</context>
<context>
    <name>ItemSearchDialog</name>
    <message>
        <location filename="../../app/ui/checkout/item_search_dialog.py" line="40"/>
        <source>Artikel suchen</source>
        <translation>Search items</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/item_search_dialog.py" line="42"/>
        <source>Wörter der Beschreibung, z. B. stuhl buche</source>
        <translation>Words of the description, e.g. chair beech</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/item_search_dialog.py" line="46"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/item_search_dialog.py" line="46"/>
        <source>Warengruppe</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/item_search_dialog.py" line="47"/>
        <source>Preis</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/item_search_dialog.py" line="47"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/item_search_dialog.py" line="59"/>
        <source>In den Warenkorb (Enter)</source>
        <translation>Add to cart (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/item_search_dialog.py" line="60"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/item_search_dialog.py" line="117"/>
        <source>Kein verkaufsbereiter Artikel passt zu „{text}“.</source>
        <translation>No item ready for sale matches “{text}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/item_search_dialog.py" line="134"/>
        <source>Bitte zuerst einen Artikel in der Liste wählen.</source>
        <translation>Please choose an item in the list first.</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="40"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="40"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="41"/>
        <source>Warengruppe</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="42"/>
        <source>Preis</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="42"/>
        <source>Preis heute</source>
        <translation>Price today</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="43"/>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="44"/>
        <source>Angenommen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="45"/>
        <source>Etikett</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="45"/>
        <source>Lagerort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="63"/>
        <source>Suchen … (Strg+F)</source>
        <translation>Search … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="64"/>
        <source>Nach Code, Beschreibung oder Lagerort suchen</source>
        <translation>Search by code, description or location</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="67"/>
        <source>alle Status</source>
        <translation>all statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="71"/>
        <source>alle Warengruppen</source>
        <translation>all categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="74"/>
        <source>älter als </source>
        <translation>older than </translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="75"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="76"/>
        <source>jedes Alter</source>
        <translation>any age</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="77"/>
        <source>nur ohne Etikett</source>
        <translation>unlabelled only</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="158"/>
        <source>gedruckt</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="158"/>
        <source>offen</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="167"/>
        <source>{shown} von {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="78"/>
        <location filename="../../app/ui/intake/item_table.py" line="121"/>
        <source>Artikel suchen</source>
        <translation>Search items</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="79"/>
        <source>Status-Filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="80"/>
        <source>Warengruppen-Filter</source>
        <translation>Category filter</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="81"/>
        <source>Alters-Filter</source>
        <translation>Age filter</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/item_table.py" line="94"/>
        <source>Artikelliste</source>
        <translation>Item list</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="39"/>
        <source>Verkauf</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="40"/>
        <source>Rückgabe</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="41"/>
        <source>Abbruch</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="300"/>
        <source>Journal heute</source>
        <translation>Today’s journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="302"/>
        <source>Bon</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="302"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="302"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="303"/>
        <source>Kasse</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="303"/>
        <source>Zahlung</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="304"/>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="309"/>
        <source>Nachdruck (Kopie)</source>
        <translation>Reprint (copy)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="311"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="336"/>
        <source>{n} Bons, Summe {total}</source>
        <translation>{n} receipts, total {total}</translation>
    </message>
</context>
<context>
    <name>KeepToggle</name>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="51"/>
        <source>Wert für den nächsten Artikel behalten (Strg+K im Feld)</source>
        <translation>Keep the value for the next item (Ctrl+K in the field)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/intake_form.py" line="57"/>
        <source>{field} behalten</source>
        <translation>Keep {field}</translation>
    </message>
</context>
<context>
    <name>LabelQueue</name>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="48"/>
        <source>Etiketten-Warteschlange</source>
        <translation>Label queue</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="70"/>
        <source>Erste freie Position auf einem angebrochenen Bogen</source>
        <translation>First free position on a partly used sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="71"/>
        <source>Drucken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="72"/>
        <source>Strg+P: Etiketten über den Druckdialog drucken</source>
        <translation>Ctrl+P: print the labels through the print dialog</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="74"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="75"/>
        <source>Etiketten als PDF-Datei speichern</source>
        <translation>Save the labels as a PDF file</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="76"/>
        <source>Leeren</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="81"/>
        <source>Start&amp;feld</source>
        <translation>Start &amp;field</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="124"/>
        <source>Rolle {size}</source>
        <translation>Roll {size}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="126"/>
        <source>A4-Bogen {columns}×{rows}</source>
        <translation>A4 sheet {columns}×{rows}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="130"/>
        <source>Etikettenformat: {title}</source>
        <translation>Label format: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="160"/>
        <source>Etiketten</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="161"/>
        <source>{n} Etiketten werden erstellt …</source>
        <translation>Creating {n} labels …</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="168"/>
        <source>Etiketten speichern</source>
        <translation>Save labels</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="169"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="173"/>
        <source>Etiketten gespeichert: {path}</source>
        <translation>Labels saved: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="56"/>
        <source>Etiketten in der Warteschlange</source>
        <translation>Labels in the queue</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/label_queue.py" line="65"/>
        <source>Etikettenformat</source>
        <translation>Label format</translation>
    </message>
</context>
<context>
    <name>LocalSettings</name>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="22"/>
        <source>Datenverzeichnis (leer = Standard des Systems)</source>
        <translation>Data directory (empty = system default)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="23"/>
        <source>Sprache der Oberfläche</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="24"/>
        <source>Kompakte Ansicht für kleine Bildschirme</source>
        <translation>Compact view for small screens</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="25"/>
        <source>Bondrucker</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="26"/>
        <source>Anschluss des Bondruckers (z. B. /dev/ttyUSB0)</source>
        <translation>Receipt printer port (e.g. /dev/ttyUSB0)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="27"/>
        <source>Baudrate des Bondruckers</source>
        <translation>Receipt printer baud rate</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="28"/>
        <source>Zeichen pro Zeile auf dem Bon</source>
        <translation>Characters per receipt line</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="29"/>
        <source>Flusssteuerung des Bondruckers</source>
        <translation>Receipt printer flow control</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="30"/>
        <source>DSR/DTR-Handshake des Bondruckers (USB-Seriell-Adapter meist aus)</source>
        <translation>Receipt printer DSR/DTR handshake (usually off with USB-serial adapters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="32"/>
        <source>Zeichensatz des Bondruckers (mit €-Zeichen)</source>
        <translation>Receipt printer character set (with € sign)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="33"/>
        <source>Nummer der Zeichentabelle (ESC t; 0 = üblich: 19 für CP858, 16 für CP1252)</source>
        <translation>Code table number (ESC t; 0 = usual: 19 for CP858, 16 for CP1252)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="35"/>
        <source>Schnitt am Bonende</source>
        <translation>Cut at the end of the receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="36"/>
        <source>Wartezeit auf die Statusantwort des Bondruckers (ms)</source>
        <translation>Receipt printer status reply timeout (ms)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="37"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="38"/>
        <source>Anschluss des seriellen Scanners</source>
        <translation>Serial scanner port</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="39"/>
        <source>Baudrate des seriellen Scanners</source>
        <translation>Serial scanner baud rate</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="40"/>
        <source>Größter Abstand zwischen Scanner-Tasten (ms)</source>
        <translation>Longest gap between scanner keys (ms)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="41"/>
        <source>Mindestlänge eines Scans (Zeichen)</source>
        <translation>Minimum scan length (characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="42"/>
        <source>Vorsatzzeichen des Tastatur-Scanners (wird entfernt)</source>
        <translation>Keyboard scanner prefix (removed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="43"/>
        <source>Nachsatzzeichen des Tastatur-Scanners (wird entfernt)</source>
        <translation>Keyboard scanner suffix (removed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="44"/>
        <source>Abschluss-Taste des Tastatur-Scanners</source>
        <translation>Keyboard scanner terminating key</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="45"/>
        <source>TSE: software = Software-TSE (nur Entwicklung/Schulung, nicht zertifiziert, nicht für den Echtbetrieb); fiskaly = Cloud-TSE; none = ohne TSE</source>
        <translation>TSE: software = software TSE (development/training only, not certified, not for live use); fiskaly = cloud TSE; none = without a TSE</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="47"/>
        <source>Seriennummer der Kasse in der TSE (leer = KREISLAUF-S&lt;Nr&gt;)</source>
        <translation>Serial number of the till in the TSE (empty = KREISLAUF-S&lt;no&gt;)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="49"/>
        <source>Adresse der fiskaly-API</source>
        <translation>Address of the fiskaly API</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="51"/>
        <source>fiskaly API-Schlüssel</source>
        <translation>fiskaly API key</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="53"/>
        <source>fiskaly API-Geheimnis</source>
        <translation>fiskaly API secret</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="55"/>
        <source>fiskaly TSS-ID</source>
        <translation>fiskaly TSS ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="57"/>
        <source>fiskaly Client-ID dieser Kasse</source>
        <translation>fiskaly client ID of this till</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="59"/>
        <source>Wartezeit auf die Cloud-TSE (Sekunden)</source>
        <translation>Time to wait for the cloud TSE (seconds)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="61"/>
        <source>TSE-Ausfall: ab so vielen Stunden als meldepflichtig markieren</source>
        <translation>TSE outage: mark as to be reported after this many hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="63"/>
        <source>Adresse des zentralen Servers</source>
        <translation>Central server address</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="64"/>
        <source>CA-Zertifikat der Zentrale (leer = System-CAs)</source>
        <translation>CA certificate of the central server (empty = system CAs)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="65"/>
        <source>Ordner der Sicherungen, z. B. USB-Stick (leer = backups im Datenverzeichnis)</source>
        <translation>Backup folder, e.g. a USB stick (empty = backups in the data directory)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="67"/>
        <source>Sicherungen dieser Kasse so viele Tage aufheben</source>
        <translation>Keep this till’s backups for this many days</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="68"/>
        <source>Geodienst für Koordinaten (Nominatim-kompatibel, …/search; leer = keiner)</source>
        <translation>Geocoder for coordinates (Nominatim-compatible, …/search; empty = none)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="64"/>
        <source>Benutzer wechseln</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="64"/>
        <location filename="../../app/ui/shell/login_dialog.py" line="92"/>
        <source>Anmelden</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="79"/>
        <source>Anmelden an der Kasse</source>
        <translation>Log in to the till</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="81"/>
        <source>PIN (4 bis 8 Ziffern)</source>
        <translation>PIN (4 to 8 digits)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="84"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="94"/>
        <location filename="../../app/ui/shell/login_dialog.py" line="203"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="96"/>
        <source>&amp;Benutzer:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="98"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="125"/>
        <source> (gesperrt)</source>
        <translation> (locked)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="150"/>
        <source>Bitte zuerst einen Benutzer auswählen.</source>
        <translation>Please choose a user first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="154"/>
        <source>Bitte die PIN eingeben.</source>
        <translation>Please enter the PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="189"/>
        <source>Neue PIN festlegen</source>
        <translation>Set a new PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="191"/>
        <source>Dieser Zugang hat noch die Start-PIN. Bitte jetzt eine eigene PIN aus 4 bis 8 Ziffern wählen und zweimal eingeben.</source>
        <translation>This account still has its initial PIN. Please choose your own PIN of 4 to 8 digits and enter it twice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="194"/>
        <source>Neue PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="195"/>
        <source>Neue PIN wiederholen</source>
        <translation>Repeat new PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="201"/>
        <source>PIN speichern</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="205"/>
        <source>&amp;Neue PIN:</source>
        <translation>&amp;New PIN:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="207"/>
        <source>PIN &amp;wiederholen:</source>
        <translation>&amp;Repeat PIN:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="230"/>
        <source>Die beiden PINs stimmen nicht überein. Bitte erneut eingeben.</source>
        <translation>The two PINs do not match. Please enter them again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="85"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>MachineSettingsForm</name>
    <message>
        <location filename="../../app/ui/settings/machine_settings_form.py" line="46"/>
        <source>Einstellungen s&amp;peichern</source>
        <translation>Sa&amp;ve settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/machine_settings_form.py" line="63"/>
        <source>Diese Einstellungen gelten nur für diesen Rechner und werden beim nächsten Start übernommen. Bondrucker und Scanner: Seite „Geräte“.</source>
        <translation>These settings apply only to this computer and take effect at the next start. Receipt printer and scanner: see the “Devices” page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/machine_settings_form.py" line="97"/>
        <source>Gespeichert in %s</source>
        <translation>Saved to %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/machine_settings_form.py" line="52"/>
        <source>Backup &amp;jetzt</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/machine_settings_form.py" line="55"/>
        <source>Sicherung der Datenbank in den Sicherungsordner (gespeicherte Einstellung)</source>
        <translation>Back up the database into the backup folder (saved setting)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/machine_settings_form.py" line="57"/>
        <source>Bei der &amp;Zentrale anmelden …</source>
        <translation>Register with the &amp;head office …</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/machine_settings_form.py" line="60"/>
        <source>Diese Kasse mit dem Registrierungscode der Zentrale anmelden</source>
        <translation>Register this till with the head office&apos;s registration code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/machine_settings_form.py" line="105"/>
        <source>Sicherung läuft …</source>
        <translation>Backing up …</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/machine_settings_form.py" line="109"/>
        <source>Sicherung geschrieben: %s</source>
        <translation>Backup written: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/machine_settings_form.py" line="137"/>
        <source>Bei der Zentrale %s angemeldet; die Kasse gleicht ihre Daten jetzt ab.</source>
        <translation>Registered with the head office %s; the till now syncs its data.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="108"/>
        <source>&amp;Annahme</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="109"/>
        <source>&amp;Kasse</source>
        <translation>&amp;Checkout</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="110"/>
        <source>A&amp;bschluss</source>
        <translation>C&amp;losing</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="111"/>
        <source>&amp;Einstellungen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="138"/>
        <source>Strg</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="182"/>
        <source>&amp;Sitzung</source>
        <translation>S&amp;ession</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="183"/>
        <source>Benutzer &amp;wechseln</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="187"/>
        <source>Jetzt &amp;synchronisieren</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="192"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="196"/>
        <source>Be&amp;reich</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="265"/>
        <source>DEMO – %s</source>
        <translation>DEMO – %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="305"/>
        <source>simuliert</source>
        <translation>simulated</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="306"/>
        <source>nicht geprüft</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/device_status.py" line="44"/>
        <location filename="../../app/ui/shell/main_window.py" line="310"/>
        <source>Drucker</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/device_status.py" line="45"/>
        <location filename="../../app/ui/shell/main_window.py" line="313"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="139"/>
        <source>Bereich {area}</source>
        <translation>Area {area}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="199"/>
        <source>Tastenkürzel anzeigen</source>
        <translation>Show keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="195"/>
        <source>Preissenkung nach Alter</source>
        <translation>Markdown by age</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="204"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="213"/>
        <source>Regel hinzufügen</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="214"/>
        <source>Regel entfernen</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="217"/>
        <source>nach</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="232"/>
        <location filename="../../app/ui/settings/catalog_editor.py" line="244"/>
        <source>alle Warengruppen</source>
        <translation>all categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="245"/>
        <source>{percent} % nach {days} Tagen — {scope}</source>
        <translation>{percent} % after {days} days — {scope}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="200"/>
        <source>Preissenkungsregeln</source>
        <translation>Markdown rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="210"/>
        <source>Tage bis zur Preissenkung</source>
        <translation>Days until the markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="211"/>
        <source>Preissenkung in Prozent</source>
        <translation>Markdown in percent</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalog_editor.py" line="212"/>
        <source>Warengruppe der Regel</source>
        <translation>Category of the rule</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../app/ui/kit/notifier.py" line="30"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/notifier.py" line="34"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="161"/>
        <source>Geparkte Verkäufe</source>
        <translation>Parked sales</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="165"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="165"/>
        <source>Name / Notiz</source>
        <translation>Name / note</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="166"/>
        <source>Positionen</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="166"/>
        <source>Summe</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="167"/>
        <source>Geparkt von</source>
        <translation>Parked by</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="188"/>
        <source>Fortsetzen</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../app/ui/checkout/payment_dialog.py" line="64"/>
        <source>Bezahlen</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/payment_dialog.py" line="74"/>
        <source>Betrag (leer = passend), Enter = bar</source>
        <translation>Amount (empty = exact), Enter = cash</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/payment_dialog.py" line="76"/>
        <source>Kartenzahlung: Beleg-/Genehmigungsnummer</source>
        <translation>Card payment: slip / approval number</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/payment_dialog.py" line="81"/>
        <source>Passend</source>
        <translation>Exact</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/payment_dialog.py" line="89"/>
        <source>Karte (Strg+K)</source>
        <translation>Card (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/payment_dialog.py" line="92"/>
        <source>Zurück (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/payment_dialog.py" line="145"/>
        <source>Summe: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/payment_dialog.py" line="147"/>
        <source>Offen: {amount}</source>
        <translation>Due: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/payment_dialog.py" line="157"/>
        <source>Bar</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/payment_dialog.py" line="157"/>
        <source>Karte</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/payment_dialog.py" line="168"/>
        <source>„{text}“ ist kein gültiger Betrag. Bitte z. B. 20 oder 12,50 eingeben.</source>
        <translation>“{text}” is not a valid amount. Please enter e.g. 20 or 12,50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/payment_dialog.py" line="82"/>
        <source>Enter im leeren Betragsfeld</source>
        <translation>Enter on the empty amount field</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/payment_dialog.py" line="219"/>
        <source>Kartenzahlung mit Strg+K buchen.</source>
        <translation>Book a card payment with Ctrl+K.</translation>
    </message>
</context>
<context>
    <name>PinResetDialog</name>
    <message>
        <location filename="../../app/ui/settings/pin_reset_dialog.py" line="30"/>
        <source>PIN zurücksetzen</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/pin_reset_dialog.py" line="32"/>
        <source>Neue Start-PIN für „{name}“. Beim nächsten Anmelden muss eine eigene PIN gewählt werden; eine Sperre nach falschen PINs wird aufgehoben.</source>
        <translation>New initial PIN for “{name}”. A personal PIN must be chosen at the next login; a lock after wrong PINs is lifted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/pin_reset_dialog.py" line="40"/>
        <source>Start-&amp;PIN:</source>
        <translation>Initial &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/pin_reset_dialog.py" line="42"/>
        <source>PIN &amp;wiederholen:</source>
        <translation>&amp;Repeat PIN:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/pin_reset_dialog.py" line="47"/>
        <source>PIN setzen (Enter)</source>
        <translation>Set PIN (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/pin_reset_dialog.py" line="51"/>
        <source>Abbrechen (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/pin_reset_dialog.py" line="67"/>
        <source>4 bis 8 Ziffern</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/pin_reset_dialog.py" line="90"/>
        <source>Die beiden PINs sind verschieden. Bitte noch einmal.</source>
        <translation>The two PINs differ. Please try again.</translation>
    </message>
</context>
<context>
    <name>ProgressRun</name>
    <message>
        <location filename="../../app/ui/kit/progress_run.py" line="66"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/progress_run.py" line="80"/>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
</context>
<context>
    <name>QtOperatorPrompt</name>
    <message>
        <location filename="../../app/ui/kit/operator_prompt.py" line="104"/>
        <source>Bondrucker</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/operator_prompt.py" line="111"/>
        <source>&amp;Ja</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/operator_prompt.py" line="112"/>
        <source>&amp;Nein</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>RecycleDialog</name>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="249"/>
        <source>{code} recyceln oder entsorgen</source>
        <translation>Recycle or dispose of {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="251"/>
        <source>recyceln</source>
        <translation>recycle</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="252"/>
        <source>entsorgen</source>
        <translation>dispose of</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="258"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="259"/>
        <source>Stoffstrom</source>
        <translation>Material stream</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="260"/>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../app/ui/settings/register_dialog.py" line="39"/>
        <source>Bei der Zentrale anmelden</source>
        <translation>Register with the head office</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/register_dialog.py" line="41"/>
        <source>Die Zentrale gibt für jede Kasse einen einmaligen Registrierungscode aus (Verwaltungsseite des Servers oder „kreislauf-server station add“). Danach gleicht die Kasse ihre Daten im Hintergrund ab.</source>
        <translation>The head office issues a one-time registration code for each till (the server&apos;s admin page or “kreislauf-server station add”). After that the till syncs its data in the background.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/register_dialog.py" line="47"/>
        <source>Adresse des Servers</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/register_dialog.py" line="49"/>
        <source>Registrierungscode</source>
        <translation>Registration code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/register_dialog.py" line="52"/>
        <source>&amp;Adresse des Servers:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/register_dialog.py" line="53"/>
        <source>&amp;Registrierungscode:</source>
        <translation>&amp;Registration code:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/register_dialog.py" line="59"/>
        <source>Anmelden (Enter)</source>
        <translation>Register (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/register_dialog.py" line="63"/>
        <source>Abbrechen (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/register_dialog.py" line="91"/>
        <source>Anmeldung bei der Zentrale läuft …</source>
        <translation>Registering with the head office …</translation>
    </message>
</context>
<context>
    <name>RepairNoteDialog</name>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="231"/>
        <source>Reparatur an {code}</source>
        <translation>Repair of {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="233"/>
        <source>Was wurde gemacht?</source>
        <translation>What was done?</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="235"/>
        <source>Verwendete Teile</source>
        <translation>Parts used</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="238"/>
        <source>Arbeit</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="239"/>
        <source>Teile</source>
        <translation>Parts</translation>
    </message>
</context>
<context>
    <name>RepairRecordDialog</name>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="44"/>
        <source>Reparatur erfassen: {code}</source>
        <translation>Record repair: {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="48"/>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="52"/>
        <source>– keins –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="56"/>
        <source>Was war defekt? Was wurde gemacht?</source>
        <translation>What was wrong? What was done?</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="60"/>
        <source>z. B. 2015 – leer: unbekannt</source>
        <translation>e.g. 2015 – empty: unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="62"/>
        <source>z. B. 45</source>
        <translation>e.g. 45</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="64"/>
        <source>Verwendete Teile</source>
        <translation>Parts used</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="68"/>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="69"/>
        <source>Hindernis</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="70"/>
        <source>Fehler</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="71"/>
        <source>Marke</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="72"/>
        <source>Modell</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="73"/>
        <source>Baujahr</source>
        <translation>Year of manufacture</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="74"/>
        <source>Zeit (Minuten)</source>
        <translation>Time (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="75"/>
        <source>Teile</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="76"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/repair_dialogs.py" line="108"/>
        <source>Bitte das Ergebnis wählen: repariert, reparierbar oder nicht reparierbar.</source>
        <translation>Please choose the outcome: fixed, repairable or end of life.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="58"/>
        <source>Rückgabe</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="60"/>
        <source>Bon scannen oder Bonnummer eingeben, Enter</source>
        <translation>Scan the receipt or type its number, Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="66"/>
        <source>Bons des Tages</source>
        <translation>Receipts of the day</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="77"/>
        <source>Zurück</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="77"/>
        <source>Artikel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="78"/>
        <source>Menge</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="78"/>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="79"/>
        <source>In den Bestand</source>
        <translation>Restock</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="88"/>
        <source>Grund wählen …</source>
        <translation>Choose a reason …</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="93"/>
        <source>Grund (Pflicht): wählen und/oder eintippen</source>
        <translation>Reason (required): choose and/or type</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="99"/>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="266"/>
        <source>bar auszahlen</source>
        <translation>pay out in cash</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="100"/>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="267"/>
        <source>auf die Karte zurück</source>
        <translation>refund to the card</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="102"/>
        <source>Kartenbeleg-Nr. (bei Karte)</source>
        <translation>Card slip no. (for card)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="103"/>
        <source>Rückgabe &amp;buchen</source>
        <translation>&amp;Record return</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="106"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="125"/>
        <source>&amp;Grund</source>
        <translation>Rea&amp;son</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="160"/>
        <source>An diesem Tag gibt es keine Verkäufe an dieser Kasse.</source>
        <translation>There are no sales at this till on that day.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="174"/>
        <source>Bon {number} vom {when}, {total}</source>
        <translation>Receipt {number} of {when}, {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="190"/>
        <source> (schon zurück)</source>
        <translation> (already returned)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="214"/>
        <source>Erstattung: {amount}</source>
        <translation>Refund: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="273"/>
        <source>Rückgabe buchen?</source>
        <translation>Record the return?</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="274"/>
        <source>{amount} {how}?</source>
        <translation>Refund {amount}: {how}?</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="275"/>
        <source>Erstatten (Enter)</source>
        <translation>Refund (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/returns_dialogs.py" line="276"/>
        <source>Bon {number}, {n} Position(en). Grund: {reason}</source>
        <translation>Receipt {number}, {n} line(s). Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../app/ui/kit/role_names.py" line="13"/>
        <source>Annahme/Werkstatt</source>
        <translation>Intake/Workshop</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/role_names.py" line="14"/>
        <source>Kasse</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/role_names.py" line="15"/>
        <source>Leitung</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/role_names.py" line="16"/>
        <source>Verwaltung</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SafetyTestDialog</name>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="103"/>
        <source>Sicherheitsprüfung {code}</source>
        <translation>Electrical safety test {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="163"/>
        <source>Schutzleiterwiderstand</source>
        <translation>Protective conductor resistance</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="165"/>
        <source>Isolationswiderstand</source>
        <translation>Insulation resistance</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="166"/>
        <source>Ableitstrom</source>
        <translation>Leakage current</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="177"/>
        <source>Bitte das Ergebnis wählen: bestanden oder nicht bestanden.</source>
        <translation>Please choose the result: passed or failed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="182"/>
        <source>Bitte angeben, wer geprüft hat.</source>
        <translation>Please state who did the test.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="192"/>
        <source>Prüfung speichern?</source>
        <translation>Save the test?</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="193"/>
        <source>Prüfung von {code} als „{result}“ speichern?</source>
        <translation>Save the test of {code} as “{result}”?</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="195"/>
        <source>Speichern (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="210"/>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="218"/>
        <source>bestanden</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="210"/>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="218"/>
        <source>nicht bestanden</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="128"/>
        <source>z. B. Benning ST 710, Nr. 1234</source>
        <translation>e.g. Benning ST 710, no. 1234</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="106"/>
        <source>&amp;bestanden</source>
        <translation>&amp;passed</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="107"/>
        <source>&amp;nicht bestanden</source>
        <translation>&amp;failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="116"/>
        <source>&amp;Sichtprüfung bestanden</source>
        <translation>&amp;Visual inspection passed</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="118"/>
        <source>z. B. 0,12 – leer: ohne Schutzleiter</source>
        <translation>e.g. 0,12 – empty: no protective conductor</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="120"/>
        <source>z. B. 250</source>
        <translation>e.g. 250</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="122"/>
        <source>z. B. 0,25</source>
        <translation>e.g. 0,25</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="131"/>
        <source>zur Reparatur</source>
        <translation>to repair</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="132"/>
        <source>zum Recycling (Elektroschrott)</source>
        <translation>to recycling (e-waste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="136"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="138"/>
        <source>Schutzleiterwiderstand (Ω)</source>
        <translation>Protective conductor resistance (Ω)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="139"/>
        <source>Isolationswiderstand (MΩ)</source>
        <translation>Insulation resistance (MΩ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="140"/>
        <source>Ableitstrom (mA)</source>
        <translation>Leakage current (mA)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="141"/>
        <source>Prüfdatum</source>
        <translation>Test date</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="142"/>
        <source>Geprüft von</source>
        <translation>Tested by</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="143"/>
        <source>Prüfgerät</source>
        <translation>Test instrument</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="144"/>
        <source>Bemerkung</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="145"/>
        <source>Wenn nicht bestanden</source>
        <translation>If failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="215"/>
        <source>nicht gemessen</source>
        <translation>not measured</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="217"/>
        <source>Sichtprüfung: {state}</source>
        <translation>Visual inspection: {state}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="219"/>
        <source>Schutzleiterwiderstand: {v}</source>
        <translation>Protective conductor resistance: {v}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="221"/>
        <source>Isolationswiderstand: {v}</source>
        <translation>Insulation resistance: {v}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="222"/>
        <source>Ableitstrom: {v}</source>
        <translation>Leakage current: {v}</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="223"/>
        <source>Geprüft von {tester} am {date}</source>
        <translation>Tested by {tester} on {date}</translation>
    </message>
</context>
<context>
    <name>SettingsFields</name>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="117"/>
        <source>simuliert (ohne Gerät)</source>
        <translation>simulated (no device)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="118"/>
        <source>ESC/POS-Bondrucker (seriell/Netzwerk)</source>
        <translation>ESC/POS receipt printer (serial/network)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="119"/>
        <source>Tastatur-Scanner (USB)</source>
        <translation>Keyboard scanner (USB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="120"/>
        <source>serieller Scanner</source>
        <translation>serial scanner</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="121"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="122"/>
        <source>XON/XOFF (Software)</source>
        <translation>XON/XOFF (software)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="123"/>
        <source>RTS/CTS (Hardware)</source>
        <translation>RTS/CTS (hardware)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="124"/>
        <source>automatisch (nach Bildschirmgröße)</source>
        <translation>automatic (by screen size)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="125"/>
        <source>aus</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="126"/>
        <source>ein</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="127"/>
        <source>voller Schnitt</source>
        <translation>full cut</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="128"/>
        <source>Teilschnitt</source>
        <translation>partial cut</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="129"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_form.py" line="130"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="50"/>
        <source>Wer sich an dieser Kasse anmelden darf: Benutzer anlegen, sperren, entsperren und ihre PIN zurücksetzen.</source>
        <translation>Who may log in at this till: create, lock and unlock users and reset their PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="53"/>
        <source>Die Warengruppen mit Mehrwertsteuer, Richtpreis, Gewicht und Stoffstrom, aus denen Artikel angenommen und verkauft werden.</source>
        <translation>The categories with VAT, guide price, weight and material stream that items are taken in and sold under.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="56"/>
        <source>Regeln für alle Kassen des Kaufhauses: Rabattfreigabe, Höchstpreise und -mengen, Kartenlimit und PIN-Länge.</source>
        <translation>Rules for all tills of the store: discount approval, maximum prices and quantities, card limit and PIN length.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="59"/>
        <source>Name, Anschrift, Steuernummer und USt-IdNr. des Kaufhauses, wie sie auf jedem Bon und im Export stehen.</source>
        <translation>Name, address, tax number and VAT ID of the store as they appear on every receipt and in the export.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="62"/>
        <source>Bondrucker und Scanner dieses Rechners einstellen und mit Testdruck und Scan-Test prüfen.</source>
        <translation>Set up the receipt printer and scanner of this computer and check them with a test print and a scan test.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="65"/>
        <source>Sprache, TSE, Zentrale und Sicherungen dieses Rechners.</source>
        <translation>Language, TSE, central office and backups of this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="30"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="31"/>
        <source>Geräte und Sprache dieses Rechners sowie die Benutzer der Kasse.</source>
        <translation>Devices and language of this computer, and the users of the till.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="41"/>
        <source>Ben&amp;utzer</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="42"/>
        <source>&amp;Warengruppen</source>
        <translation>&amp;Categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="43"/>
        <source>Kau&amp;fhausregeln</source>
        <translation>Store &amp;rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="44"/>
        <source>S&amp;tammdaten</source>
        <translation>&amp;Master data</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="45"/>
        <source>&amp;Geräte</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="46"/>
        <source>&amp;Dieser Rechner</source>
        <translation>This c&amp;omputer</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/onboarding/setup_wizard.py" line="67"/>
        <source>Kreislauf-Kasse einrichten</source>
        <translation>Set up Kreislauf-Kasse</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/setup_wizard.py" line="69"/>
        <source>&amp;Weiter &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/setup_wizard.py" line="70"/>
        <source>&lt; &amp;Zurück</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/setup_wizard.py" line="71"/>
        <source>&amp;Einrichten</source>
        <translation>&amp;Set up</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/setup_wizard.py" line="72"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/setup_wizard.py" line="108"/>
        <source>Steuernummer: %s  USt-IdNr.: %s</source>
        <translation>Tax number: %s  VAT ID: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/setup_wizard.py" line="110"/>
        <source>Station %s, Verwaltung: %s</source>
        <translation>Station %s, administration: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/setup_wizard.py" line="111"/>
        <source>Drucker: %s  Scanner: %s</source>
        <translation>Printer: %s  Scanner: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/setup_wizard.py" line="113"/>
        <source>TSE: %s  Zentrale: %s</source>
        <translation>TSE: %s  Central office: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/setup_wizard.py" line="105"/>
        <source>später</source>
        <translation>later</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/setup_wizard.py" line="131"/>
        <source>Testdruck läuft …</source>
        <translation>Test print running …</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/setup_wizard.py" line="146"/>
        <source>Bitte jetzt einen Code scannen …</source>
        <translation>Please scan a code now …</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/setup_wizard.py" line="171"/>
        <source>Die Kasse wird eingerichtet …</source>
        <translation>Setting up the till …</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/setup_wizard.py" line="196"/>
        <source>Die Einrichtung abbrechen? Es wird nichts gespeichert.</source>
        <translation>Cancel the set-up? Nothing will be saved.</translation>
    </message>
</context>
<context>
    <name>ShortcutOverview</name>
    <message>
        <location filename="../../app/ui/kit/shortcut_overview.py" line="132"/>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/shortcut_overview.py" line="133"/>
        <source>Tastenkürzel in {area}</source>
        <translation>Keyboard shortcuts in {area}</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/shortcut_overview.py" line="135"/>
        <source>Tastenkürzel überall</source>
        <translation>Keyboard shortcuts everywhere</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/shortcut_overview.py" line="137"/>
        <source>Diese Übersicht öffnet sich hier mit {keys}; Esc schließt sie.</source>
        <translation>This overview opens here with {keys}; Esc closes it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/shortcut_overview.py" line="141"/>
        <source>Bereich {area}</source>
        <translation>Area {area}</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/shortcut_overview.py" line="142"/>
        <source>Überall</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/shortcut_overview.py" line="156"/>
        <source>Taste</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/shortcut_overview.py" line="156"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
</context>
<context>
    <name>SimulatedScanDialog</name>
    <message>
        <location filename="../../app/ui/checkout/simulated_scan_dialog.py" line="39"/>
        <source>Scanner-Simulation</source>
        <translation>Scanner simulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/simulated_scan_dialog.py" line="41"/>
        <source>Suchen (Code, Beschreibung)</source>
        <translation>Search (code, description)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/simulated_scan_dialog.py" line="45"/>
        <source>Scannen</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/simulated_scan_dialog.py" line="54"/>
        <source>Verkaufsbereite Artikel:</source>
        <translation>Items ready for sale:</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/simulated_scan_dialog.py" line="78"/>
        <source>Keine verkaufsbereiten Artikel gefunden.</source>
        <translation>No items ready for sale found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/simulated_scan_dialog.py" line="86"/>
        <source>Gescannt: %s</source>
        <translation>Scanned: %s</translation>
    </message>
</context>
<context>
    <name>SlipOutput</name>
    <message>
        <location filename="../../app/ui/delivery/slip_output.py" line="38"/>
        <source>{title} gespeichert: {path}</source>
        <translation>{title} saved: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/slip_output.py" line="40"/>
        <source>{title} drucken</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/slip_output.py" line="42"/>
        <source>{title} gedruckt ({path}).</source>
        <translation>{title} printed ({path}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/slip_output.py" line="50"/>
        <source>Der Schein wird erstellt …</source>
        <translation>Creating the note …</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="50"/>
        <source>Kasse</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="51"/>
        <source>Die Nummer dieser Kasse im Kaufhaus (1 bis 99); jede Kasse hat ihre eigene.</source>
        <translation>The number of this till in the store (1 to 99); each till has its own.</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="52"/>
        <source>&amp;Stationsnummer:</source>
        <translation>&amp;Station number:</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="52"/>
        <source>{number}: {status}</source>
        <translation>{number}: {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="54"/>
        <source>{number} · {day}, {window} Uhr · {name}</source>
        <translation>{number} · {day}, {window} · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="61"/>
        <source>z. B. 4,2 – freiwillig</source>
        <translation>e.g. 4.2 – optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="64"/>
        <source>z. B. niemand da, Nachbar hat angenommen</source>
        <translation>e.g. nobody in, neighbour took it</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="68"/>
        <source>z. B. 10:00</source>
        <translation>e.g. 10:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="70"/>
        <source>z. B. 12:00</source>
        <translation>e.g. 12:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="74"/>
        <source>&amp;Kilometer:</source>
        <translation>&amp;Kilometres:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="76"/>
        <source>Neuer &amp;Tag:</source>
        <translation>New &amp;day:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="81"/>
        <source>b&amp;is</source>
        <translation>&amp;until</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="85"/>
        <source>Uhr</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="87"/>
        <source>Zeitfenster von</source>
        <translation>Time window from</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="88"/>
        <source>Zeitfenster bis</source>
        <translation>Time window until</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="89"/>
        <source>Zeitfenster &amp;von:</source>
        <translation>Time window &amp;from:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="92"/>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="96"/>
        <source>Speichern (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="98"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="100"/>
        <source>Abbrechen (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="101"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/delivery/status_dialog.py" line="148"/>
        <source>Wird gespeichert …</source>
        <translation>Saving …</translation>
    </message>
</context>
<context>
    <name>StoreMasterPage</name>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="53"/>
        <source>Unternehmen (auf jedem Bon und im DSFinV-K-Export)</source>
        <translation>Business (on every receipt and in the DSFinV-K export)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="55"/>
        <source>Straße, &amp;Hausnr.:</source>
        <translation>Street, &amp;house no.:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="56"/>
        <source>PL&amp;Z:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="56"/>
        <source>&amp;Ort:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="57"/>
        <source>&amp;Land:</source>
        <translation>Coun&amp;try:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="57"/>
        <source>Steuernu&amp;mmer:</source>
        <translation>Ta&amp;x number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="58"/>
        <source>USt-&amp;IdNr.:</source>
        <translation>VAT &amp;ID:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="59"/>
        <source>5 Ziffern</source>
        <translation>5 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="59"/>
        <source>DE</source>
        <translation>DE</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="60"/>
        <source>z. B. 332/5751/1234</source>
        <translation>e.g. 332/5751/1234</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="61"/>
        <source>DE und 9 Ziffern</source>
        <translation>DE and 9 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="71"/>
        <source>Stammdaten s&amp;peichern</source>
        <translation>Sa&amp;ve master data</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="79"/>
        <source>E&amp;chtbetrieb einschalten</source>
        <translation>&amp;Go live</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="82"/>
        <source>Zurü&amp;ck in den Trainingsbetrieb</source>
        <translation>&amp;Back to training mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="107"/>
        <source>Für den Echtbetrieb fehlt noch: %s</source>
        <translation>Still missing for live mode: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="110"/>
        <source>Alle Pflichtangaben sind vorhanden.</source>
        <translation>All required details are present.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="112"/>
        <source>Betrieb: Echtbetrieb (live)</source>
        <translation>Mode: live</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="113"/>
        <source>Betrieb: Training – Bons sind Trainingsbons</source>
        <translation>Mode: training – receipts are training receipts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_master_page.py" line="127"/>
        <source>Stammdaten gespeichert; sie gelten ab jetzt.</source>
        <translation>Master data saved; it applies from now on.</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="30"/>
        <source>Kaufhaus</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="31"/>
        <source>Name, Anschrift und Steuernummer oder USt-IdNr. des Kaufhauses: sie stehen auf jedem Bon.</source>
        <translation>Name, address and tax number or VAT ID of the store: they are printed on every receipt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="33"/>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="34"/>
        <source>&amp;Straße und Hausnummer:</source>
        <translation>&amp;Street and number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="35"/>
        <source>&amp;Postleitzahl:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="36"/>
        <source>&amp;Ort:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="37"/>
        <source>St&amp;euernummer:</source>
        <translation>Ta&amp;x number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="38"/>
        <source>&amp;USt-IdNr.:</source>
        <translation>&amp;VAT ID:</translation>
    </message>
</context>
<context>
    <name>StorePolicy</name>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="33"/>
        <source>Rabatt in Prozent, ab dem die Leitung freigeben muss</source>
        <translation>Discount in percent above which a manager must approve</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="34"/>
        <source>Rabattbetrag, ab dem die Leitung freigeben muss</source>
        <translation>Discount amount above which a manager must approve</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="35"/>
        <source>Höchster Preis, der an der Kasse eingetippt werden darf</source>
        <translation>Highest price that may be typed at the till</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="36"/>
        <source>Höchste Menge einer Position an der Kasse</source>
        <translation>Highest quantity of one line at the till</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="37"/>
        <source>Höchstbetrag einer Kartenzahlung (0 = bis zum offenen Betrag)</source>
        <translation>Most for one card payment (0 = up to the open amount)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="39"/>
        <source>Mindestzahl der PIN-Ziffern für Leitung und Verwaltung (4 = wie alle)</source>
        <translation>Minimum number of PIN digits for managers and administrators (4 = same as everyone)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="41"/>
        <source>Klima-Hinweis auf dem Kassenbon (1 = an, 0 = aus)</source>
        <translation>Climate note on the receipt (1 = on, 0 = off)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="42"/>
        <source>Lastenräder im Einsatz (Anzahl)</source>
        <translation>Cargo bikes in service (number)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="43"/>
        <source>Lastenrad: höchstens kg Ladung</source>
        <translation>Cargo bike: at most kg of load</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="44"/>
        <source>Lastenrad: höchstens Liter Ladung</source>
        <translation>Cargo bike: at most litres of load</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="45"/>
        <source>Lastenräder mit Anhänger im Einsatz (Anzahl)</source>
        <translation>Cargo bikes with trailer in service (number)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="46"/>
        <source>Lastenrad mit Anhänger: höchstens kg Ladung</source>
        <translation>Cargo bike with trailer: at most kg of load</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="47"/>
        <source>Lastenrad mit Anhänger: höchstens Liter Ladung</source>
        <translation>Cargo bike with trailer: at most litres of load</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="48"/>
        <source>Lieferungen ab Uhrzeit (volle Stunde)</source>
        <translation>Deliveries from (full hour)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="49"/>
        <source>Lieferungen bis Uhrzeit (volle Stunde)</source>
        <translation>Deliveries until (full hour)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="50"/>
        <source>Kundendaten von Lieferungen löschen nach Tagen (die Statistik bleibt)</source>
        <translation>Delete the customer data of deliveries after days (the statistics stay)</translation>
    </message>
</context>
<context>
    <name>StorePolicyPage</name>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="87"/>
        <source>Regeln speichern</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="93"/>
        <source>Diese Regeln gelten für das ganze Kaufhaus: jede Änderung geht an alle Kassen und gilt dort ab dem nächsten Verkauf.</source>
        <translation>These rules apply to the whole store: every change goes to all tills and applies there from the next sale on.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="131"/>
        <source>geändert {when} von {who}</source>
        <translation>changed {when} by {who}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="147"/>
        <source>Gespeichert: {n} Regel(n) geändert.</source>
        <translation>Saved: {n} rule(s) changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/store_policy_page.py" line="148"/>
        <source>Nichts geändert.</source>
        <translation>Nothing changed.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="190"/>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="191"/>
        <source>So wird die Kasse eingerichtet. Alles außer der Stationsnummer lässt sich später in Einstellungen ändern.</source>
        <translation>This is how the till will be set up. Everything but the station number can be changed later in Settings.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../app/ui/shell/sync_controller.py" line="65"/>
        <source>Synchronisierung gestartet; der Stand erscheint in der Statusleiste.</source>
        <translation>Sync started; its progress shows in the status bar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_controller.py" line="74"/>
        <source>Synchronisiert: {pushed} gesendet, {pulled} empfangen, {pending} ausstehend.</source>
        <translation>Synced: {pushed} sent, {pulled} received, {pending} pending.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_controller.py" line="87"/>
        <source>Synchronisierung</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_controller.py" line="87"/>
        <source>Daten werden mit dem Server abgeglichen …</source>
        <translation>Syncing data with the server …</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="177"/>
        <source>Zentrale</source>
        <translation>Central office</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="178"/>
        <source>Optional: Adresse des zentralen Servers und der Registrierungscode von dort. Leer lassen, um die Kasse später anzumelden (kreislauf sync --register CODE).</source>
        <translation>Optional: address of the central server and the registration code from there. Leave empty to register the till later (kreislauf sync --register CODE).</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="180"/>
        <source>&amp;Adresse des Servers:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="181"/>
        <source>&amp;Registrierungscode:</source>
        <translation>&amp;Registration code:</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="85"/>
        <source>⚠ Sicherung fehlgeschlagen</source>
        <translation>⚠ Backup failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="28"/>
        <source>ohne Kaufhaus</source>
        <translation>no store</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="30"/>
        <source>Station %d</source>
        <translation>Station %d</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="30"/>
        <source>ohne Station</source>
        <translation>no station</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="33"/>
        <location filename="../../app/ui/shell/status_bar.py" line="115"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="34"/>
        <source>Benutzer wechseln</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="36"/>
        <source>Strg+Umschalt+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="63"/>
        <source>⚠ Dateirechte zu offen</source>
        <translation>⚠ File permissions too open</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="105"/>
        <source>offline · %d ausstehend</source>
        <translation>offline · %d pending</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="113"/>
        <source>Nicht bei der Zentrale angemeldet: kreislauf sync --register CODE --server URL</source>
        <translation>Not registered with the central server: kreislauf sync --register CODE --server URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="115"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="116"/>
        <source>%s · %d ausstehend</source>
        <translation>%s · %d pending</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="118"/>
        <source> · zuletzt %s</source>
        <translation> · last %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="120"/>
        <source> · %d Konflikte</source>
        <translation> · %d conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="127"/>
        <source>offline · Stand unbekannt</source>
        <translation>offline · state unknown</translation>
    </message>
</context>
<context>
    <name>TsePage</name>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="152"/>
        <source>TSE</source>
        <translation>TSE</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="153"/>
        <source>Die Technische Sicherheitseinrichtung signiert jeden Bon. Die Software-TSE ist nur zum Üben; für den Echtbetrieb die fiskaly-Zugangsdaten eintragen.</source>
        <translation>The technical security system (TSE) signs every receipt. The software TSE is for practice only; for live operation enter the fiskaly credentials.</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="155"/>
        <source>&amp;TSE:</source>
        <translation>&amp;TSE:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="156"/>
        <source>Software-TSE (Schulung, nicht zertifiziert)</source>
        <translation>Software TSE (training, not certified)</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="157"/>
        <source>fiskaly Cloud-TSE</source>
        <translation>fiskaly cloud TSE</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="158"/>
        <source>API-&amp;Schlüssel:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="159"/>
        <source>API-&amp;Geheimnis:</source>
        <translation>API &amp;secret:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="161"/>
        <source>TSS-&amp;ID:</source>
        <translation>TSS &amp;ID:</translation>
    </message>
    <message>
        <location filename="../../app/ui/onboarding/pages.py" line="162"/>
        <source>&amp;Client-ID:</source>
        <translation>&amp;Client ID:</translation>
    </message>
</context>
<context>
    <name>UnknownCodeDialog</name>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="49"/>
        <source>Unbekannter Artikel</source>
        <translation>Unknown item</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="51"/>
        <source>Der Code {code} ist an dieser Kasse noch nicht bekannt (an einer anderen Station angenommen). Bitte den Preis vom Etikett eingeben; der Verkauf wird beim Abgleich zugeordnet.</source>
        <translation>This till does not know the code {code} yet (it was taken in at another station). Please enter the price from the label; the sale is matched up when the stations sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="56"/>
        <source>Preis vom Etikett, z. B. 12,50</source>
        <translation>Price from the label, e.g. 12,50</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="59"/>
        <source>(unbekannt)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="63"/>
        <source>Preis (€)</source>
        <translation>Price (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="64"/>
        <source>Warengruppe</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkout/checkout_dialogs.py" line="68"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>UserAdminPanel</name>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="49"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="49"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="49"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="77"/>
        <source>Neuen Benutzer anlegen</source>
        <translation>Add a new user</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="79"/>
        <source>z. B. jana</source>
        <translation>e.g. jana</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="81"/>
        <source>z. B. Jana Werkstatt</source>
        <translation>e.g. Jana Workshop</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="88"/>
        <source>4 bis 8 Ziffern</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="55"/>
        <source>Entsperre&amp;n</source>
        <translation>Unloc&amp;k</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="57"/>
        <source>&amp;PIN zurücksetzen…</source>
        <translation>Reset &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="60"/>
        <source>Deakti&amp;vieren</source>
        <translation>Deacti&amp;vate</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="62"/>
        <source>Reakt&amp;ivieren</source>
        <translation>Reac&amp;tivate</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="90"/>
        <source>Benutzer an&amp;legen</source>
        <translation>Add &amp;new user</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="94"/>
        <source>Benutzername:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="95"/>
        <source>Anzeigename:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="96"/>
        <source>Rolle:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="97"/>
        <source>Start-PIN:</source>
        <translation>Initial PIN:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="113"/>
        <source>deaktiviert</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="115"/>
        <source>gesperrt</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="117"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="149"/>
        <source>Benutzer „%s“ angelegt. Beim ersten Anmelden wird eine eigene PIN verlangt.</source>
        <translation>User “%s” created. A personal PIN is required at the first login.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="160"/>
        <source>Bitte zuerst einen Benutzer in der Liste auswählen.</source>
        <translation>Please choose a user in the list first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="175"/>
        <source>Der eigene Zugang kann nicht deaktiviert werden.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="201"/>
        <source>Neue Start-PIN für „%s“ gesetzt. Beim nächsten Anmelden wird eine eigene PIN verlangt.</source>
        <translation>New initial PIN set for “%s”. A personal PIN is required at the next login.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/user_admin.py" line="47"/>
        <source>Benutzerliste</source>
        <translation>User list</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="48"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/workshop_dialogs.py" line="49"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
