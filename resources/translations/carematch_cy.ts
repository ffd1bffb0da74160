<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AdaptationDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="360"/>
        <source>My own adaptation</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Fy addasiad fy hun</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="361"/>
        <source>Something you made or changed yourself that helps.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhywbeth rydych chi wedi&apos;i wneud neu wedi&apos;i newid eich hun sy&apos;n helpu.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="364"/>
        <source>&amp;Name it:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhowch &amp;enw iddo:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="366"/>
        <source>&amp;What is it?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Beth ydyw?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="368"/>
        <source>&amp;Materials:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Deunyddiau:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="370"/>
        <source>S&amp;teps:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Camau:</translation>
    </message>
</context>
<context>
    <name>CareMatch</name>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="58"/>
        <source>Refused, and nothing was changed: {why}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi&apos;i wrthod, a chafodd dim byd ei newid: {why}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="235"/>
        <source>Not rated</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Heb sgôr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="59"/>
        <source>Show what I t&amp;ype</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos beth rw&amp;y&apos;n ei deipio</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="60"/>
        <source>Show what I type</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos beth rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="84"/>
        <source>The two passphrases are different. Type it again.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol. Teipiwch ef eto.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/ops.py" line="135"/>
        <source>That was not done</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Chafodd hynny ddim ei wneud</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="430"/>
        <source>Never</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Byth</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="432"/>
        <source>1 hour</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>1 awr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="434"/>
        <source>1 minute</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>1 munud</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="435"/>
        <source>{n} minutes</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>{n} munud</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/shortlist_actions.py" line="17"/>
        <source>Open a vault and choose an idea first.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Agorwch gell a dewiswch syniad yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/shortlist_actions.py" line="21"/>
        <source>Added “{name}” to the shortlist ({n} there). Compare them from the Catalogue page.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi ychwanegu “{name}” at y rhestr fer ({n} yno). Cymharwch nhw o dudalen y Catalog.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/shortlist_actions.py" line="25"/>
        <source>“{name}” is already on the shortlist.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae “{name}” ar y rhestr fer yn barod.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/printing.py" line="31"/>
        <source>Print: {title}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Argraffu: {title}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="135"/>
        <source>Clear the text</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Clirio&apos;r testun</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="178"/>
        <source>What it is</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth ydyw</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="184"/>
        <source>For: {what}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ar gyfer: {what}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="189"/>
        <source>Helps with: {what}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn helpu gyda: {what}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="193"/>
        <source>Kind: {kind}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Math: {kind}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="196"/>
        <source>How to get it</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Sut i&apos;w gael</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="197"/>
        <source>Cost: {cost}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cost: {cost}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="202"/>
        <source>You may not have to pay VAT on it if you are disabled: ask the seller.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Efallai na fydd rhaid i chi dalu TAW arno os ydych chi&apos;n anabl: gofynnwch i&apos;r gwerthwr.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="210"/>
        <source>What worked for others</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth weithiodd i bobl eraill</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="213"/>
        <source>Get assessed first</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cael asesiad yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="218"/>
        <source>Be careful</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Byddwch yn ofalus</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="219"/>
        <source>Also called</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Enwau eraill</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="224"/>
        <source>ISO 9999 (the international list of kinds of equipment)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>ISO 9999 (y rhestr ryngwladol o fathau o offer)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="233"/>
        <source>Related ideas: {names}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Syniadau tebyg: {names}</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="95"/>
        <location filename="../../carematch/gui/pages/caseload.py" line="117"/>
        <source>Clients</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cleientiaid</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="97"/>
        <source>Caseload status</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws y llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="99"/>
        <source>Set &amp;up a practitioner passphrase…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Go&amp;sod cyfrinymadrodd ymarferydd…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="101"/>
        <source>One passphrase that opens every client vault in your caseload</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Un cyfrinymadrodd sy&apos;n agor pob cell cleient yn eich llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="103"/>
        <source>&amp;Unlock caseload…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Datgl&amp;oi&apos;r llwyth achosion…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="105"/>
        <source>&amp;Lock caseload</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>C&amp;loi&apos;r llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="109"/>
        <source>Search clients by name</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Chwilio am gleientiaid yn ôl enw</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="110"/>
        <source>Search clients</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Chwilio cleientiaid</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="114"/>
        <source>Sort b&amp;y:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Trefnu yn ôl:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="119"/>
        <source>One row per client. Press Enter to open the chosen client.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Un rhes i bob cleient. Pwyswch Enter i agor y cleient a ddewiswyd.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="129"/>
        <source>&amp;Open client</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Agor cleient</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="130"/>
        <source>&amp;New client…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cleient &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="132"/>
        <source>&amp;Add the open vault</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Ychwanegu&apos;r gell sydd ar agor</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="134"/>
        <source>Let your practitioner passphrase open the vault that is open now</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gadael i&apos;ch cyfrinymadrodd ymarferydd agor y gell sydd ar agor nawr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="137"/>
        <source>&amp;Give to client…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Rhoi i&apos;r cleient…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="107"/>
        <source>Forget the practitioner key until you unlock it again</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Anghofio allwedd yr ymarferydd nes i chi ddatgloi eto</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="71"/>
        <source>none yet</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>dim eto</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="74"/>
        <source>none set</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>dim wedi&apos;i osod</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="77"/>
        <source>not scored</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>heb sgôr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="80"/>
        <source>not enough yet</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>dim digon eto</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="82"/>
        <source>nothing</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>dim byd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="139"/>
        <source>Only the client&apos;s passphrase will open it; yours no longer will</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim ond cyfrinymadrodd y cleient fydd yn ei hagor; fydd eich un chi ddim mwyach</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="141"/>
        <source>&amp;Refresh</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Adn&amp;ewyddu</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="143"/>
        <source>&amp;Write a recommendation…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Paratoi argymhelliad…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="145"/>
        <source>A report for a funding panel, equipment service, GP or the client</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Adroddiad ar gyfer panel cyllido, gwasanaeth offer, meddyg teulu neu&apos;r cleient</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="148"/>
        <source>Ou&amp;tcomes…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Canlyn&amp;iadau…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="150"/>
        <source>What your clients achieved, with a CSV that holds no names</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth mae eich cleientiaid wedi&apos;i gyflawni, gyda ffeil CSV heb unrhyw enwau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="216"/>
        <source>For practitioners with a caseload: set up one passphrase that opens every client vault you add. Each client keeps their own passphrase too.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>I ymarferwyr sydd â llwyth achosion: gosodwch un cyfrinymadrodd sy&apos;n agor pob cell cleient rydych chi&apos;n ei hychwanegu. Mae pob cleient yn cadw ei gyfrinymadrodd ei hun hefyd.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="220"/>
        <source>Your caseload is locked. Unlock it with your practitioner passphrase.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae eich llwyth achosion wedi&apos;i gloi. Datglowch ef gyda&apos;ch cyfrinymadrodd ymarferydd.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="222"/>
        <source>Caseload unlocked for {name}.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Llwyth achosion wedi&apos;i ddatgloi i {name}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="229"/>
        <location filename="../../carematch/gui/pages/caseload.py" line="347"/>
        <source>Reading your clients&apos; vaults…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn darllen celloedd eich cleientiaid…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="274"/>
        <source>If you forget your practitioner passphrase, this code opens your caseload. Write it down now and keep it somewhere safe, away from this computer. It will not be shown again.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Os byddwch chi&apos;n anghofio eich cyfrinymadrodd ymarferydd, mae&apos;r cod hwn yn agor eich llwyth achosion. Ysgrifennwch ef nawr a&apos;i gadw yn rhywle diogel, i ffwrdd o&apos;r cyfrifiadur hwn. Ni fydd yn cael ei ddangos eto.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="287"/>
        <source>Caseload locked.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Llwyth achosion wedi&apos;i gloi.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="314"/>
        <source>This code opens the client&apos;s vault if they forget their passphrase. Give it to the client to keep somewhere safe. It will not be shown again.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r cod hwn yn agor cell y cleient os bydd yn anghofio&apos;r cyfrinymadrodd. Rhowch ef i&apos;r cleient i&apos;w gadw yn rhywle diogel. Ni fydd yn cael ei ddangos eto.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="339"/>
        <source>Wrote the recommendation to {path}.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r argymhelliad wedi&apos;i gadw yn {path}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="364"/>
        <source>Give this vault to the client?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhoi&apos;r gell hon i&apos;r cleient?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="366"/>
        <source>After this, only the client&apos;s passphrase or recovery code opens “{name}”. Your practitioner passphrase will not. Nothing in the vault is deleted.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ar ôl hyn, dim ond cyfrinymadrodd neu god adfer y cleient fydd yn agor “{name}”. Ni fydd eich cyfrinymadrodd ymarferydd yn ei hagor. Ni fydd dim byd yn y gell yn cael ei ddileu.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="50"/>
        <source>Catalogue</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="51"/>
        <source>For example: grabber, kettle, captions</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Er enghraifft: teclyn gafael, tegell, capsiynau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="52"/>
        <source>Searc&amp;h the catalogue:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ch&amp;wilio&apos;r catalog:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="54"/>
        <source>All areas</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pob maes</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="55"/>
        <source>A&amp;rea:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Maes:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="57"/>
        <source>All activities</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pob gweithgaredd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="58"/>
        <source>Acti&amp;vity:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gw&amp;eithgaredd:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="60"/>
        <source>Catalogue ideas</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Syniadau&apos;r catalog</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="65"/>
        <source>Catalogue status</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws y catalog</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="66"/>
        <source>About this catalogue idea</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am y syniad hwn o&apos;r catalog</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="68"/>
        <source>&amp;New idea…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Syniad &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="68"/>
        <source>Add an idea to your own entries</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ychwanegu syniad at eich catalog eich hun</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="70"/>
        <source>Improve th&amp;is idea…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwella&apos;r syniad &amp;hwn…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="72"/>
        <source>Add to sh&amp;ortlist</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Ychwanegu at y rhestr fer</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="72"/>
        <source>Keep it to compare side by side</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ei gadw i gymharu ochr yn ochr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="75"/>
        <source>Shortlist and com&amp;pare…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Rhestr fer a chymharu…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="77"/>
        <source>Two to four shortlisted ideas side by side</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dau i bedwar syniad o&apos;r rhestr fer ochr yn ochr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="201"/>
        <source>Saved “{name}” to your own entries.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi cadw “{name}” yn eich catalog eich hun.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="117"/>
        <source>Check in: {goal}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cofnod: {goal}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="118"/>
        <source>Say how it is going. Enter saves.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dywedwch sut mae&apos;n mynd. Mae Enter yn cadw.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="125"/>
        <source>How well did it go? (1 to 10)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pa mor dda aeth hi? (1 i 10)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="127"/>
        <source>1 not at all · 10 very well</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>1 ddim o gwbl · 10 yn dda iawn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="131"/>
        <source>How happy are you with it? (1 to 10)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pa mor hapus ydych chi gyda hyn? (1 i 10)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="133"/>
        <source>1 not at all · 10 very happy</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>1 ddim o gwbl · 10 yn hapus iawn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="141"/>
        <source>&amp;When (the day it was about):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Dyddiad (y diwrnod dan sylw):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="143"/>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="197"/>
        <source>&amp;More detail…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Mwy o fanylion…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="145"/>
        <source>Goal level, effort, pain, tiredness, what you were trying, a note</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Lefel y nod, ymdrech, poen, blinder, beth roeddech chi&apos;n rhoi cynnig arno, nodyn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="152"/>
        <source>Not rated</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Heb sgôr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="159"/>
        <source>Goal &amp;level:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Lefel y nod:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="161"/>
        <source>&amp;Effort (0 to 10, optional):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Ymdrech (0 i 10, dewisol):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="163"/>
        <source>&amp;Pain (0 to 10, optional):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Poen (0 i 10, dewisol):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="165"/>
        <source>&amp;Tiredness (0 to 10, optional):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Blinder (0 i 10, dewisol):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="168"/>
        <source>None</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="173"/>
        <source>While t&amp;rying:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Wrth roi cynnig ar:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="175"/>
        <source>&amp;Note (optional):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Nodyn (dewisol):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="197"/>
        <source>Less detail</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Llai o fanylion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="198"/>
        <source>More detail</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mwy o fanylion</translation>
    </message>
</context>
<context>
    <name>CircleDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="140"/>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="178"/>
        <source>My circle of support</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Fy nghylch cefnogaeth</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="143"/>
        <source>People who help you can add notes, ideas and check-ins by passing files. Nothing goes into your journal until you accept it.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gall pobl sy&apos;n eich helpu ychwanegu nodiadau, syniadau a chofnodion drwy anfon ffeiliau. Does dim byd yn mynd i&apos;ch dyddlyfr nes i chi ei dderbyn.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="148"/>
        <source>People in my circle</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pobl yn fy nghylch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="150"/>
        <source>&amp;Invite someone…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwahodd &amp;rhywun…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="152"/>
        <source>&amp;Take in a file…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dod â &amp;ffeil i mewn…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="152"/>
        <source>A reply or notes from your circle</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ateb neu nodiadau gan eich cylch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="154"/>
        <source>What they may s&amp;ee…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth maen nhw&apos;n cael ei &amp;weld…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="155"/>
        <source>Send them a s&amp;ummary…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Anfon &amp;crynodeb atyn nhw…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="156"/>
        <source>&amp;Remove from my circle</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Tynnu o fy nghylch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="158"/>
        <source>People I su&amp;pport…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Pobl rydw i&apos;n eu cefnogi…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="158"/>
        <source>When you help someone else</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pan fyddwch chi&apos;n helpu rhywun arall</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="161"/>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="193"/>
        <source>Waiting for you</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn aros amdanoch chi</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="164"/>
        <source>About &amp;which goal:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am &amp;ba nod:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="167"/>
        <source>Their words, to keep or change</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eu geiriau nhw, i&apos;w cadw neu eu newid</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="168"/>
        <source>Their w&amp;ords (change them if you like):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Eu geiriau (newidiwch nhw os hoffech chi):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="169"/>
        <source>&amp;Accept</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Derbyn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="170"/>
        <source>&amp;Decline</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Gwrthod</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="172"/>
        <source>Circle status</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws y cylch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="225"/>
        <source>invited, no reply yet</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>wedi cael gwahoddiad, dim ateb eto</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="226"/>
        <source>in your circle</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>yn eich cylch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="227"/>
        <source>removed</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>tynnwyd o&apos;r cylch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="230"/>
        <source>{name} ({who}): {state}; may see: {shares}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>{name} ({who}): {state}; yn cael gweld: {shares}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="241"/>
        <source>Choose a goal</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch nod</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="247"/>
        <source>{said} (written {day})</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>{said} (wedi&apos;i ysgrifennu {day})</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="252"/>
        <source>Nothing is waiting.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does dim byd yn aros.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="301"/>
        <source>Take in a file</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dod â ffeil i mewn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="323"/>
        <source>Save the summary</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r crynodeb</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="343"/>
        <source>Remove from my circle</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Tynnu o fy nghylch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="344"/>
        <source>Remove them? Files from them will be refused from now on.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eu tynnu o&apos;r cylch? Bydd ffeiliau ganddyn nhw&apos;n cael eu gwrthod o hyn ymlaen.</translation>
    </message>
</context>
<context>
    <name>ClarifyBar</name>
    <message>
        <location filename="../../carematch/gui/pages/clarify_bar.py" line="27"/>
        <source>Is this about:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ydy hyn am:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/clarify_bar.py" line="28"/>
        <source>Is this about {what}?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ydy hyn am {what}?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/clarify_bar.py" line="65"/>
        <source>Only ideas about {what}.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim ond syniadau am {what}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/clarify_bar.py" line="66"/>
        <source>Show all the ideas</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos yr holl syniadau</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="38"/>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="44"/>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="69"/>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="79"/>
        <source>Ideas side by side</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Syniadau ochr yn ochr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="40"/>
        <source>A table: one column per idea, one row per thing to weigh up.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Tabl: un golofn i bob syniad, un rhes i bob peth i&apos;w ystyried.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="60"/>
        <source>&amp;Print…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="60"/>
        <source>Print this table</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Argraffu&apos;r tabl hwn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="62"/>
        <source>Close</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>ContributeDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="33"/>
        <source>Share what worked, anonymously</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhannu beth weithiodd, yn ddienw</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="33"/>
        <source>&amp;Save the file…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cadw&apos;r ffeil…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="37"/>
        <source>Choose finished experiments, see exactly what goes in the file, then save it for a group that pools what worked for many people.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch arbrofion sydd wedi gorffen, gwelwch yn union beth sy&apos;n mynd i&apos;r ffeil, yna cadwch hi ar gyfer grŵp sy&apos;n casglu beth weithiodd i lawer o bobl.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="47"/>
        <source>A community group, such as an OT team or a peer network, can put files like this from many people together to learn which ideas people keep. Nothing you wrote goes in, and the answers are changed at random so no one can be sure of yours.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gall grŵp cymunedol, fel tîm therapi galwedigaethol neu rwydwaith cymheiriaid, roi ffeiliau fel hon gan lawer o bobl at ei gilydd i ddysgu pa syniadau mae pobl yn eu cadw. Does dim byd a ysgrifennoch chi yn mynd i mewn, ac mae&apos;r atebion yn cael eu newid ar hap fel na all neb fod yn siŵr beth oedd eich atebion chi.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="71"/>
        <source>No finished experiments with an idea from the catalogue yet. When you keep or stop one, it can be shared here.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does dim arbrofion wedi gorffen gyda syniad o&apos;r catalog eto. Pan fyddwch chi&apos;n cadw neu&apos;n stopio un, gallwch ei rannu yma.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="75"/>
        <source>&amp;Experiments to include (ticked ones go in):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Arbrofion i&apos;w cynnwys (mae&apos;r rhai wedi&apos;u ticio yn mynd i mewn):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="76"/>
        <source>Exactly what goes in the file</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth yn union sy&apos;n mynd i&apos;r ffeil</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="78"/>
        <source>E&amp;xactly what goes in the file:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Beth yn union sy&apos;n mynd i&apos;r ffeil:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="111"/>
        <source>Tick at least one experiment to share.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ticiwch o leiaf un arbrawf i&apos;w rannu.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="114"/>
        <source>Save the file to share</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r ffeil i&apos;w rhannu</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="116"/>
        <source>CareMatch contributions (*.json)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyfraniadau CareMatch (*.json)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="119"/>
        <source>Choose where to save the file.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch ble i gadw&apos;r ffeil.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="52"/>
        <source>Edit idea</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Golygu syniad</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="52"/>
        <source>New idea</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Syniad newydd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="54"/>
        <source>Write an idea in your own words. It is kept in your own catalogue.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ysgrifennwch syniad yn eich geiriau eich hun. Mae&apos;n cael ei gadw yn eich catalog eich hun.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="95"/>
        <source>A professional should assess before anyone uses it</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dylai gweithiwr proffesiynol asesu cyn i unrhyw un ei ddefnyddio</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="101"/>
        <source>Disabled people can usually buy it without VAT</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Fel arfer, gall pobl anabl ei brynu heb TAW</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="109"/>
        <source>Lowest price:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pris isaf:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="109"/>
        <source>Highest price:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pris uchaf:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="111"/>
        <source>VAT relief:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhyddhad TAW:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="116"/>
        <source>Separate with commas</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhowch goma rhwng pob un</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="129"/>
        <source>Make it yourself, what you need (one per line):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ei wneud eich hun, beth sydd ei angen arnoch (un ar bob llinell):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="130"/>
        <source>Tools (one per line):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Offer (un ar bob llinell):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="131"/>
        <source>Steps (one per line):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Camau (un ar bob llinell):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="137"/>
        <source>Only for a make-it-yourself idea.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim ond ar gyfer syniad i&apos;w wneud eich hun.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="141"/>
        <source>How long it takes to make:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Faint o amser mae&apos;n ei gymryd i&apos;w wneud:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="203"/>
        <source>Is it already here?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ydy e yma&apos;n barod?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="204"/>
        <source>Save yours anyway?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw eich un chi beth bynnag?</translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="255"/>
        <source>Edit experiment</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Golygu arbrawf</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="255"/>
        <source>New experiment</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Arbrawf newydd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="257"/>
        <source>An idea you will try for a while, and what you expect from it.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Syniad y byddwch chi&apos;n rhoi cynnig arno am gyfnod, a beth rydych chi&apos;n ei ddisgwyl ohono.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="261"/>
        <source>&amp;What are you trying?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth ydych chi&apos;n &amp;rhoi cynnig arno?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="263"/>
        <source>What do you &amp;expect?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Beth ydych chi&apos;n ei ddisgwyl?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="269"/>
        <source>Start &amp;date:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Dyddiad dechrau:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="281"/>
        <source>Try it &amp;for:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhoi cynnig arno &amp;am:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="288"/>
        <source>Check &amp;in:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pa mor aml i &amp;gofnodi:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="297"/>
        <source>S&amp;tatus:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>S&amp;tatws:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="304"/>
        <source>&amp;Cost:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cost:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="306"/>
        <source>&amp;How did it go?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Sut aeth hi?</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="67"/>
        <source>Find ideas</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dod o hyd i syniadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="68"/>
        <source>For example: make a cup of tea on my own</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Er enghraifft: gwneud paned o de ar fy mhen fy hun</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="70"/>
        <source>&amp;What would you like to be able to do?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Beth hoffech chi allu ei wneud?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="72"/>
        <source>Ideas appear below as you type. Press the down arrow to move to them.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae syniadau&apos;n ymddangos isod wrth i chi deipio. Pwyswch y saeth i lawr i symud atyn nhw.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="76"/>
        <source>Any price</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Unrhyw bris</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="78"/>
        <source>Free</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am ddim</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="79"/>
        <source>Most I want to spen&amp;d:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Y &amp;pris uchaf i mi:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="81"/>
        <source>Any kind</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Unrhyw fath</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="84"/>
        <source>&amp;Kind of idea:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Math o syniad:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="86"/>
        <source>Any place</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Unrhyw le</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="87"/>
        <source>&amp;Place:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Lle:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="93"/>
        <source>Ideas</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Syniadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="104"/>
        <location filename="../../carematch/gui/pages/find.py" line="335"/>
        <location filename="../../carematch/gui/pages/find.py" line="352"/>
        <location filename="../../carematch/gui/pages/find_guide.py" line="112"/>
        <source>Write a goal to see ideas.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ysgrifennwch nod i weld syniadau.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="106"/>
        <source>Search status</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws y chwilio</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="108"/>
        <source>About this idea</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am y syniad hwn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="111"/>
        <source>Choose an idea to read about it here: what it is, how to get it, and what to be careful of.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch syniad i ddarllen amdano yma: beth ydyw, sut i&apos;w gael, a beth i fod yn ofalus ohono.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="117"/>
        <source>&amp;Try this…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhoi &amp;tro arni…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="119"/>
        <source>Start trying this idea as an experiment on a goal</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dechrau rhoi cynnig ar y syniad hwn fel arbrawf ar nod</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="121"/>
        <source>Wo&amp;rked for me</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Wedi gweithio i mi</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="122"/>
        <source>&amp;Not for me</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Nid i mi</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="124"/>
        <source>Add to shortlist</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ychwanegu at y rhestr fer</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="124"/>
        <source>Keep it to compare side by side</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ei gadw i gymharu ochr yn ochr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="144"/>
        <source>&amp;Help me choose</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Helpwch fi i ddewis</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="146"/>
        <source>Answer up to three questions instead of typing</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Atebwch hyd at dri chwestiwn yn lle teipio</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="175"/>
        <source>For example:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Er enghraifft:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="175"/>
        <source>Example goal: {what}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Enghraifft o nod: {what}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="345"/>
        <source>Loading the catalogue…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn llwytho&apos;r catalog…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="380"/>
        <source>Something went wrong while searching: {e}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Aeth rhywbeth o&apos;i le wrth chwilio: {e}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="391"/>
        <source>Only ideas about {what}: </source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim ond syniadau am {what}: </translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="399"/>
        <source>Why</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pam</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="409"/>
        <source>No ideas found.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Heb ddod o hyd i unrhyw syniadau.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="455"/>
        <source>Why it came up:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pam mae&apos;n ymddangos:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="485"/>
        <source>Marked &apos;{name}&apos; as worked for you.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi nodi bod &apos;{name}&apos; wedi gweithio i chi.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="487"/>
        <source>Marked &apos;{name}&apos; as not for you. It will show lower down.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi nodi nad yw &apos;{name}&apos; i chi. Bydd yn ymddangos yn is i lawr.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find_guide.py" line="166"/>
        <source>Write what you would like to do in your own words.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ysgrifennwch beth hoffech chi ei wneud yn eich geiriau eich hun.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/base.py" line="47"/>
        <source>Problem</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/base.py" line="54"/>
        <location filename="../../carematch/gui/dialogs/base.py" line="56"/>
        <source>Cancel</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/base.py" line="153"/>
        <source>Keep what you typed?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r hyn rydych chi wedi&apos;i deipio?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/base.py" line="154"/>
        <source>You have typed something here. Save it before closing?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rydych chi wedi teipio rhywbeth yma. Ydych chi am ei gadw cyn cau?</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="66"/>
        <source>Edit goal</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Golygu nod</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="66"/>
        <source>New goal</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nod newydd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="67"/>
        <source>Write what you would like to be able to do, in your own words.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ysgrifennwch beth hoffech chi allu ei wneud, yn eich geiriau eich hun.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="70"/>
        <source>&amp;What would you like to be able to do?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth hoffech chi allu ei &amp;wneud?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="72"/>
        <source>W&amp;hy it matters to you:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pam mae&apos;n &amp;bwysig i chi:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="74"/>
        <source>&amp;Importance (1 to 10):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Pwysigrwydd (1 i 10):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="80"/>
        <source>S&amp;tatus:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="85"/>
        <source>In your own words (optional)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn eich geiriau eich hun (dewisol)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="87"/>
        <source>&amp;Remind me when this goal has gone quiet</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Fy &amp;atgoffa pan fydd y nod hwn wedi bod yn dawel</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="89"/>
        <source>Remind me when this goal has gone quiet</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Fy atgoffa pan fydd y nod hwn wedi bod yn dawel</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="95"/>
        <source>Write your goal first, in your own words.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ysgrifennwch eich nod yn gyntaf, yn eich geiriau eich hun.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="76"/>
        <source>My goals</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Fy nodau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="79"/>
        <source>Goals</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nodau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="82"/>
        <source>New &amp;goal…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Nod newydd…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="83"/>
        <source>&amp;Delete goal</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>D&amp;ileu nod</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="89"/>
        <source>Deleted</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi&apos;i ddileu</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="90"/>
        <source>&amp;Undo</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dad&amp;wneud</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="101"/>
        <location filename="../../carematch/gui/pages/goals.py" line="141"/>
        <source>My adaptations</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Fy addasiadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="102"/>
        <source>New &amp;adaptation…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Addasiad newydd…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="105"/>
        <source>S&amp;hare as a recipe…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Rhannu fel rysáit…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="107"/>
        <source>Review what would be shared, then save a pack</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwirio beth fyddai&apos;n cael ei rannu, yna cadw pecyn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="111"/>
        <source>My circle of su&amp;pport…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Fy ng&amp;hylch cefnogaeth…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="113"/>
        <source>People who help you add notes and check-ins, with your say-so</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pobl sy&apos;n eich helpu yn ychwanegu nodiadau a chofnodion, gyda&apos;ch caniatâd chi</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="117"/>
        <source>Pa&amp;nel meeting view…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Golwg cyfarfod &amp;panel…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="119"/>
        <source>Large, calm pages of the goals you choose, for a meeting</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Tudalennau mawr, tawel o&apos;r nodau rydych chi&apos;n eu dewis, ar gyfer cyfarfod</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="123"/>
        <source>Share what wor&amp;ked, anonymously…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhannu &amp;beth weithiodd, yn ddienw…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="126"/>
        <source>A file of which ideas you kept, randomised so no one can be sure of your answers, for a group that pools them</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffeil yn dangos pa syniadau a gadwoch chi, wedi&apos;i newid ar hap fel na all neb fod yn siŵr o&apos;ch atebion, ar gyfer grŵp sy&apos;n eu casglu at ei gilydd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="145"/>
        <source>Changes you made yourself that help, like a loop on a zip. You can share one with others as a recipe.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Newidiadau rydych chi wedi&apos;u gwneud eich hun sy&apos;n helpu, fel dolen ar sip. Gallwch rannu un ag eraill fel rysáit.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="148"/>
        <source>About adaptations</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am addasiadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="167"/>
        <source>&amp;Quick check-in…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cofnod &amp;sydyn…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="167"/>
        <source>Log how it is going; Enter saves</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cofnodi sut mae&apos;n mynd; mae Enter yn cadw</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="169"/>
        <source>&amp;Edit goal…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Golyg&amp;u&apos;r nod…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="170"/>
        <source>New e&amp;xperiment…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Arbrawf n&amp;ewydd…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="175"/>
        <location filename="../../carematch/gui/pages/goals.py" line="244"/>
        <source>Experiments</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Arbrofion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="182"/>
        <location filename="../../carematch/gui/pages/goals.py" line="253"/>
        <source>Check-ins</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="28"/>
        <location filename="../../carematch/gui/pages/goals.py" line="185"/>
        <source>Date</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="29"/>
        <location filename="../../carematch/gui/pages/goals.py" line="186"/>
        <source>How well</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pa mor dda</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="30"/>
        <location filename="../../carematch/gui/pages/goals.py" line="187"/>
        <source>How happy</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pa mor hapus</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="31"/>
        <location filename="../../carematch/gui/pages/goals.py" line="188"/>
        <source>Level</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Lefel</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="32"/>
        <location filename="../../carematch/gui/pages/goals.py" line="189"/>
        <source>Note</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="53"/>
        <source>{day}: Note{by}: {text}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>{day}: Nodyn{by}: {text}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="55"/>
        <source> from {who}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation> gan {who}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="65"/>
        <source>Started</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi dechrau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="67"/>
        <source>Stopped</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi stopio</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="74"/>
        <source>1 check-in, on {a}. How well: {p}. How happy: {s}.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>1 cofnod, ar {a}. Pa mor dda: {p}. Pa mor hapus: {s}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="82"/>
        <source>{n} check-ins from {a} to {b}. How well: {p0} then {p1}. How happy: {s0} then {s1}.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>{n} cofnod o {a} i {b}. Pa mor dda: {p0} yna {p1}. Pa mor hapus: {s0} yna {s1}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="97"/>
        <source>Nothing logged yet.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim byd wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="201"/>
        <source>Check-in columns</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Colofnau&apos;r cofnodion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="202"/>
        <location filename="../../carematch/gui/pages/goals.py" line="255"/>
        <source>Timeline</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="204"/>
        <source>Progress summary</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Crynodeb o&apos;r cynnydd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="206"/>
        <source>My wins</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Fy llwyddiannau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="209"/>
        <source>Rate the de&amp;vice…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhoi &amp;marc i&apos;r ddyfais…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="211"/>
        <source>How satisfied you are with the chosen experiment</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pa mor fodlon ydych chi gyda&apos;r arbrawf a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="214"/>
        <source>Make a &amp;report…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Llunio adroddiad…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="217"/>
        <source>Revie&amp;w experiments…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ad&amp;olygu arbrofion…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="219"/>
        <source>Ideas you set out to try until now: keep, change or stop</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Syniadau roeddech chi&apos;n bwriadu rhoi cynnig arnyn nhw tan heddiw: eu cadw, eu newid neu stopio</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="240"/>
        <source>Progress</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="247"/>
        <source>Ideas you are trying for a while, to see whether they help.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Syniadau rydych chi&apos;n rhoi cynnig arnyn nhw am gyfnod, i weld a ydyn nhw&apos;n helpu.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="248"/>
        <source>About experiments</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am arbrofion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="292"/>
        <location filename="../../carematch/gui/pages/goals.py" line="363"/>
        <source>No goal chosen</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim nod wedi&apos;i ddewis</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="363"/>
        <source>Open a vault to see your goals</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Agorwch gell i weld eich nodau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="365"/>
        <source>Choose a goal, or make a new one.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch nod, neu gwnewch un newydd.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="371"/>
        <source>Importance {n} out of 10.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pwysigrwydd {n} allan o 10.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="372"/>
        <source>Status: {s}.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws: {s}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="377"/>
        <source>Why it matters: {why}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pam mae&apos;n bwysig: {why}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="388"/>
        <source>My wins:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Fy llwyddiannau:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="397"/>
        <source>not started</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>heb ddechrau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="398"/>
        <source>{title} — {status}, from {when}. {sentence}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>{title} — {status}, o {when}. {sentence}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="415"/>
        <location filename="../../carematch/gui/pages/goals.py" line="422"/>
        <source>Goal saved.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nod wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="436"/>
        <source>Check-in saved.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cofnod wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="458"/>
        <source>Well done! {win}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Da iawn! {win}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="465"/>
        <location filename="../../carematch/gui/pages/goals.py" line="474"/>
        <source>Experiment saved.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Arbrawf wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="483"/>
        <source>Add an experiment first, then rate the device.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ychwanegwch arbrawf yn gyntaf, yna rhowch farc i&apos;r ddyfais.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="488"/>
        <source>Rating saved.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Marc wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="510"/>
        <source>Report saved: {path}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Adroddiad wedi&apos;i gadw: {path}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="513"/>
        <source>Making the report…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn llunio&apos;r adroddiad…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="523"/>
        <source>Add an adaptation first.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ychwanegwch addasiad yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="528"/>
        <source>Saved the recipe pack: {path}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi cadw&apos;r pecyn rysáit: {path}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="542"/>
        <source>Open a vault first, and wait for the catalogue.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Agorwch gell yn gyntaf, ac arhoswch i&apos;r catalog lwytho.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="547"/>
        <source>Saved {path}. Give it to the group that pools what worked.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi cadw {path}. Rhowch y ffeil i&apos;r grŵp sy&apos;n casglu beth weithiodd.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="568"/>
        <source>Adaptation saved.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Addasiad wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="576"/>
        <source>Deleted “{goal}”.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi dileu “{goal}”.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="581"/>
        <source>Goal deleted. Press Alt+U to undo.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nod wedi&apos;i ddileu. Pwyswch Alt+W i&apos;w ddadwneud.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="591"/>
        <source>Brought it back.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r nod yn ôl.</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="41"/>
        <source>Help me choose</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Helpwch fi i ddewis</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="43"/>
        <source>No need to type: answer up to three questions and see ideas that fit.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does dim angen teipio: atebwch hyd at dri chwestiwn a gwelwch syniadau sy&apos;n addas i chi.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="110"/>
        <source>Question {n} of {of}: {question}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cwestiwn {n} o {of}: {question}</translation>
    </message>
</context>
<context>
    <name>IdeaListActions</name>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="203"/>
        <source>Save these ideas as a &amp;goal…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r &amp;syniadau hyn fel nod…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="205"/>
        <source>A new goal with the first ideas of this list to try</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nod newydd gyda syniadau cyntaf y rhestr hon i roi cynnig arnyn nhw</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="209"/>
        <source>Save this &amp;list…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r &amp;rhestr hon…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="209"/>
        <source>A text file you can print or keep</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffeil destun y gallwch ei hargraffu neu ei chadw</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="212"/>
        <source>Pr&amp;int this list…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Argraffu&apos;r rhestr hon…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="233"/>
        <source>Open your journal first: its goals are kept there.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Agorwch eich dyddlyfr yn gyntaf: mae eich nodau&apos;n cael eu cadw yno.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="260"/>
        <source>Save this list</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r rhestr hon</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="261"/>
        <source>CareMatch ideas.txt</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Syniadau CareMatch.txt</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="262"/>
        <source>Text you can print (*.txt)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Testun y gallwch ei argraffu (*.txt)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="269"/>
        <source>The list could not be saved: {e}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Doedd dim modd cadw&apos;r rhestr: {e}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="271"/>
        <source>Saved the list as {name}.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi cadw&apos;r rhestr fel {name}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="281"/>
        <source>Ideas from CareMatch</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Syniadau gan CareMatch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="283"/>
        <source>Sent the list to the printer.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi anfon y rhestr i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="285"/>
        <source>The list could not be printed. Save it instead (Alt+L).</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Doedd dim modd argraffu&apos;r rhestr. Cadwch hi yn lle hynny (Alt+R).</translation>
    </message>
</context>
<context>
    <name>ImportExportDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="451"/>
        <source>Make a vault from an export</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Creu cell o ffeil allforio</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="451"/>
        <source>&amp;Make the vault</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Creu&apos;r &amp;gell</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="453"/>
        <source>Make a new vault from a file made by Export everything.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Creu cell newydd o ffeil a gafodd ei gwneud gydag Allforio popeth.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="455"/>
        <source>&amp;Export file:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Ffeil allforio:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="456"/>
        <source>C&amp;hoose the file…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Dewis y ffeil…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="457"/>
        <source>Choose the export file</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewis y ffeil allforio</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="460"/>
        <source>Passphrase of the e&amp;xport (if it has one):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyfrinymadrodd y ffeil &amp;allforio (os oes ganddi un):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="461"/>
        <source>My journal</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Fy nyddlyfr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="462"/>
        <source>&amp;Name for the new vault:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Enw&apos;r gell &amp;newydd:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="463"/>
        <source>&amp;Lock it with a passphrase (recommended)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>C&amp;loi&apos;r gell gyda chyfrinymadrodd (rydym yn argymell hyn)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="464"/>
        <source>Lock it with a passphrase</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cloi&apos;r gell gyda chyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="468"/>
        <source>&amp;Passphrase (8 characters or more):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cyfrinymadrodd (o leiaf 8 llythyren, rhif neu symbol):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="468"/>
        <source>Passphrase &amp;again:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyfrinymadrodd &amp;eto:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="483"/>
        <source>Choose the export</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewis y ffeil allforio</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="483"/>
        <source>CareMatch exports (*.zip *.cmx)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffeiliau allforio CareMatch (*.zip *.cmx)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="494"/>
        <source>Choose the export file to make the vault from.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch y ffeil allforio i greu&apos;r gell ohoni.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="498"/>
        <source>That file cannot be read.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does dim modd darllen y ffeil honno.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="501"/>
        <source>This export is locked: type the passphrase it was saved with.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r ffeil allforio hon wedi&apos;i chloi: teipiwch y cyfrinymadrodd a ddefnyddiwyd wrth ei chadw.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="510"/>
        <source>A vault called “{name}” already exists. Choose another name.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae cell o&apos;r enw “{name}” yn bodoli&apos;n barod. Dewiswch enw arall.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="70"/>
        <source>Invite someone</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwahodd rhywun</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="70"/>
        <source>&amp;Save the invite…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cadw&apos;r gwahoddiad…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="72"/>
        <source>Someone who helps you: they get a file to open in their own CareMatch.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhywun sy&apos;n eich helpu: maen nhw&apos;n cael ffeil i&apos;w hagor yn eu CareMatch eu hunain.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="76"/>
        <source>&amp;Their name:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eu &amp;henw:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="78"/>
        <source>For example: daughter, support worker, OT</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Er enghraifft: merch, gweithiwr cymorth, therapydd galwedigaethol</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="79"/>
        <source>&amp;Who they are to you:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Pwy ydyn nhw i chi:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="81"/>
        <source>&amp;Your name, as they know you:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Eich enw, fel maen nhw&apos;n eich adnabod chi:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="87"/>
        <source>Write a name here.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ysgrifennwch enw yma.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="90"/>
        <source>Save the invite</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r gwahoddiad</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="95"/>
        <source>Choose where to save the invite.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch ble i gadw&apos;r gwahoddiad.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="100"/>
        <source>Saved the invite for {name}. Give it to them; when their reply comes, take it in here. Your code, to check with them: {code}.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi cadw&apos;r gwahoddiad i {name}. Rhowch ef iddyn nhw; pan ddaw eu hateb, dewch ag ef i mewn yma. Eich cod, i&apos;w wirio gyda nhw: {code}.</translation>
    </message>
</context>
<context>
    <name>KeysHelpDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="23"/>
        <source>This list of keys</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Y rhestr hon o fysellau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="24"/>
        <source>Find ideas</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dod o hyd i syniadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="25"/>
        <source>My goals</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Fy nodau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="26"/>
        <source>Catalogue</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="27"/>
        <source>Settings</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="30"/>
        <source>Clients (for practitioners, when shown)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cleientiaid (i ymarferwyr, pan fydd y dudalen i&apos;w gweld)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="34"/>
        <source>Clients: go to the search; type a few letters, Enter opens that client</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cleientiaid: mynd i&apos;r blwch chwilio; teipiwch ychydig o lythrennau, ac mae Enter yn agor y cleient hwnnw</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="41"/>
        <source>Hide now: lock your journal at once, even from an open window</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cuddio nawr: cloi eich dyddlyfr ar unwaith, hyd yn oed o ffenest sydd ar agor</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="47"/>
        <source>Check in on the goal a reminder named, or the one quiet longest</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cofnodi sut mae&apos;n mynd ar y nod y soniodd nodyn atgoffa amdano, neu&apos;r un sydd wedi bod yn dawel am yr amser hiraf</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="53"/>
        <source>Next or previous control</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Y rheolydd nesaf neu&apos;r un blaenorol</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="57"/>
        <source>Go to that control or press that button</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mynd i&apos;r rheolydd hwnnw neu bwyso&apos;r botwm hwnnw</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="61"/>
        <source>From the goal box, go to the ideas</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>O&apos;r blwch nod, mynd i&apos;r syniadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="65"/>
        <source>In a list: open what is chosen. On a button: press it. In a form: save</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mewn rhestr: agor yr hyn a ddewiswyd. Ar fotwm: ei bwyso. Mewn ffurflen: cadw</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="72"/>
        <source>Close a window without saving (it asks first if you typed something)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cau ffenest heb gadw (mae&apos;n gofyn yn gyntaf os ydych chi wedi teipio rhywbeth)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="79"/>
        <source>Press the button or tick the box that has focus</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pwyso&apos;r botwm neu dicio&apos;r blwch sydd â&apos;r ffocws</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="105"/>
        <source>Keyboard help</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Help gyda&apos;r bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="109"/>
        <source>Every key you can use. Go through the list with the arrow keys.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pob bysell y gallwch ei defnyddio. Ewch drwy&apos;r rhestr gyda&apos;r bysellau saeth.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="113"/>
        <source>Keys</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Bysellau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="118"/>
        <source>{page}: {name}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>{page}: {name}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="126"/>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="127"/>
        <source>Close</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>LockedScreen</name>
    <message>
        <location filename="../../carematch/gui/lock.py" line="46"/>
        <source>CareMatch is locked</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae CareMatch wedi&apos;i gloi</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/lock.py" line="47"/>
        <source>Nothing is shown while it is locked.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does dim byd yn cael ei ddangos tra mae wedi&apos;i gloi.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/lock.py" line="48"/>
        <source>Lock status</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws cloi</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/lock.py" line="49"/>
        <source>&amp;Unlock…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Datgloi…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="70"/>
        <location filename="../../carematch/gui/main_window.py" line="273"/>
        <location filename="../../carematch/gui/main_window.py" line="313"/>
        <location filename="../../carematch/gui/main_window.py" line="356"/>
        <source>CareMatch</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>CareMatch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="74"/>
        <source>Sections</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Adrannau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="86"/>
        <source>Settings</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="89"/>
        <source>&amp;Find ideas</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Dod o hyd i syniadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="90"/>
        <source>&amp;My goals</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Fy nodau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="91"/>
        <source>&amp;Catalogue</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Catalog</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="92"/>
        <source>&amp;Settings</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="109"/>
        <source>Hide now</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cuddio nawr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="111"/>
        <source>Lock your journal and hide it at once (Ctrl+L)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cloi eich dyddlyfr a&apos;i guddio ar unwaith (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="115"/>
        <source>Locks your journal and hides everything personal. Shortcut: Control L.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn cloi eich dyddlyfr ac yn cuddio popeth personol. Llwybr byr: Control L.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="119"/>
        <source>Keys</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Bysellau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="119"/>
        <source>Every keyboard shortcut in a list (F1)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pob llwybr byr bysellfwrdd mewn rhestr (F1)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="122"/>
        <source>Keyboard help</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Help gyda&apos;r bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="124"/>
        <source>Lists every keyboard shortcut. Shortcut: F1.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn rhestru pob llwybr byr bysellfwrdd. Llwybr byr: F1.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="157"/>
        <source>Status</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="161"/>
        <source>Loading</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn llwytho</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="177"/>
        <source>The catalogue could not be loaded: {msg}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Doedd dim modd llwytho&apos;r catalog: {msg}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="210"/>
        <source>Clients</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cleientiaid</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="305"/>
        <source>My goals, Review experiments (Alt+W).</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Fy nodau, Adolygu arbrofion (Alt+O).</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="317"/>
        <source>CareMatch — a client&apos;s vault is open</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>CareMatch — mae cell cleient ar agor</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="319"/>
        <source>CareMatch — {name}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>CareMatch — {name}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="359"/>
        <source>Locked because it was not used for a while.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi&apos;i gloi gan nad oedd wedi cael ei ddefnyddio ers tro.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="360"/>
        <source>Locked because the computer&apos;s screen locked.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi&apos;i gloi gan fod sgrin y cyfrifiadur wedi cloi.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="362"/>
        <source>Nothing is shown while it is locked.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does dim byd yn cael ei ddangos tra mae wedi&apos;i gloi.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="367"/>
        <source>CareMatch is locked.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae CareMatch wedi&apos;i gloi.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="386"/>
        <source>There is no vault called “{name}”.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does dim cell o&apos;r enw “{name}”.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="405"/>
        <source>Opening your vault…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn agor eich cell…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="416"/>
        <source>Your vault is open.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae eich cell ar agor.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="450"/>
        <source>Write what you would like to be able to do, or press Help me choose.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ysgrifennwch beth hoffech chi allu ei wneud, neu pwyswch Helpwch fi i ddewis.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="468"/>
        <source>Unlock to see your journal.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Datglowch i weld eich dyddlyfr.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="485"/>
        <source>Started trying “{idea}”. Log how it goes under My goals.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi dechrau rhoi cynnig ar “{idea}”. Cofnodwch sut mae&apos;n mynd o dan Fy nodau.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="101"/>
        <source>New client</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cleient newydd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="101"/>
        <source>&amp;Make the vault</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Creu&apos;r &amp;gell</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="103"/>
        <source>A name or initials for the client, and a passphrase for the client to keep.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Enw neu lythrennau blaen y cleient, a chyfrinymadrodd i&apos;r cleient ei gadw.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="106"/>
        <source>Client&apos;s name or &amp;initials:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Enw neu &amp;lythrennau blaen y cleient:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="109"/>
        <source>The &amp;client&apos;s passphrase (8 characters or more):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyfrinymadrodd y &amp;cleient (o leiaf 8 llythyren, rhif neu symbol):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="110"/>
        <source>Type it &amp;again:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Teipiwch ef &amp;eto:</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="416"/>
        <source>Lock your vault with a passphrase</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cloi eich cell gyda chyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="418"/>
        <source>Change the passphrase</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="420"/>
        <source>&amp;Lock it</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cloi&apos;r gell</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="420"/>
        <source>&amp;Change it</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Gwneud y newid</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="422"/>
        <source>Choose a passphrase that only you know, and type it twice.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch gyfrinymadrodd nad oes neb ond chi yn ei wybod, a theipiwch ef ddwywaith.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="426"/>
        <source>Your vault will be encrypted. You will be given a recovery code that opens it if you forget the passphrase.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Bydd eich cell yn cael ei hamgryptio. Byddwch chi&apos;n cael cod adfer sy&apos;n ei hagor os byddwch chi&apos;n anghofio&apos;r cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="431"/>
        <source>About locking</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am gloi</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="434"/>
        <source>&amp;New passphrase (8 characters or more):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyfrinymadrodd &amp;newydd (o leiaf 8 llythyren, rhif neu symbol):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="434"/>
        <source>Type it &amp;again:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Teipiwch ef &amp;eto:</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="45"/>
        <source>Write notes</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ysgrifennu nodiadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="45"/>
        <source>&amp;Save the notes…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cadw&apos;r nodiadau…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="46"/>
        <source>Only the person you write for can open the file.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim ond y person rydych chi&apos;n ysgrifennu ato sy&apos;n gallu agor y ffeil.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="51"/>
        <source>Any goal (they choose)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Unrhyw nod (nhw sy&apos;n dewis)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="54"/>
        <source>About &amp;which goal:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am &amp;ba nod:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="57"/>
        <source>A &amp;note:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="58"/>
        <source>I saw how it went: add a check-in as mine</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwelais i sut aeth hi: ychwanegu cofnod fel fy un i</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="63"/>
        <source>How &amp;well it went (1 to 10):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pa mor dda &amp;aeth hi (1 i 10):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="67"/>
        <source>How happ&amp;y they were (1 to 10):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pa mor &amp;hapus oedden nhw (1 i 10):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="70"/>
        <source>On which &amp;day:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ar ba &amp;ddiwrnod:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="72"/>
        <source>An idea&apos;s name, for example: Kettle tipper</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Enw syniad, er enghraifft: Teclyn arllwys tegell</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="73"/>
        <source>An &amp;idea to suggest:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Syniad i&apos;w awgrymu:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="90"/>
        <source>Write a note, tick the check-in or name an idea.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ysgrifennwch nodyn, ticiwch y cofnod neu rhowch enw syniad.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="92"/>
        <source>Save the notes</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r nodiadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="95"/>
        <source>Choose where to save the notes.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch ble i gadw&apos;r nodiadau.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="100"/>
        <source>That cannot be sent: {why}.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does dim modd anfon hyn: {why}.</translation>
    </message>
</context>
<context>
    <name>NothingFound</name>
    <message>
        <location filename="../../carematch/gui/pages/nothing_found.py" line="24"/>
        <source>Show them without that filter</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eu dangos heb yr hidlydd hwnnw</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/nothing_found.py" line="25"/>
        <source>Answer a few &amp;questions instead</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Ateb ychydig o gwestiynau yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/nothing_found.py" line="44"/>
        <source>Show the {n} without {what}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos y {n} syniad heb {what}</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../carematch/gui/ops.py" line="79"/>
        <source>Working</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wrthi&apos;n gweithio</translation>
    </message>
</context>
<context>
    <name>OutcomesDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="39"/>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="107"/>
        <source>Outcomes across your caseload</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Canlyniadau ar draws eich llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="41"/>
        <source>What your clients achieved: a table of figures, then a chart of each.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth mae eich cleientiaid wedi&apos;i gyflawni: tabl o ffigurau, yna siart o bob un.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="45"/>
        <source>Outcome figures</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffigurau canlyniadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="46"/>
        <source>What</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="46"/>
        <source>Figure</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffigur</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="71"/>
        <source>Nothing yet</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim byd eto</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="79"/>
        <source>Charts</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Siartiau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="82"/>
        <source>The CSV holds one row per goal: numbers, months and catalogue ids only. No names, no words anyone wrote, no exact dates.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r CSV yn cynnwys un rhes ar gyfer pob nod: rhifau, misoedd a chodau adnabod y catalog yn unig. Dim enwau, dim geiriau a ysgrifennodd unrhyw un, dim union ddyddiadau.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="87"/>
        <source>About the CSV</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am y CSV</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="98"/>
        <source>&amp;Save as CSV…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cadw fel CSV…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="100"/>
        <source>Close</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="119"/>
        <source>Save outcomes as CSV</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r canlyniadau fel CSV</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="119"/>
        <source>CSV files (*.csv)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PacksBox</name>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="46"/>
        <source>Catalogue packs</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pecynnau catalog</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="50"/>
        <source>A pack is a file of extra ideas made by a community group or another person. Importing one adds its ideas to your catalogue; your journal is not shared.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffeil o syniadau ychwanegol yw pecyn, wedi&apos;i gwneud gan grŵp cymunedol neu berson arall. Mae mewnforio pecyn yn ychwanegu ei syniadau at eich catalog; dydy eich dyddlyfr ddim yn cael ei rannu.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="55"/>
        <source>About packs</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am becynnau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="57"/>
        <source>Installed packs</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pecynnau wedi&apos;u gosod</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="59"/>
        <source>&amp;Import a pack…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Mewnforio pecyn…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="60"/>
        <source>Remove the chosen pac&amp;k</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Tynnu&apos;r pecyn a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="63"/>
        <source>Pack progress</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnydd y pecyn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="66"/>
        <source>Packs status</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws pecynnau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="68"/>
        <source>Let what worked for others ad&amp;just the order of ideas</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gadael i&apos;r hyn a weithiodd i eraill newid trefn y syniadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="71"/>
        <source>Let what worked for others adjust the order of ideas</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gadael i&apos;r hyn a weithiodd i eraill newid trefn y syniadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="75"/>
        <source>Ideas most people kept, in an evidence pack you imported, come a little higher, and their reason says so</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae syniadau y gwnaeth y rhan fwyaf o bobl eu cadw, mewn pecyn tystiolaeth a fewnforiwyd gennych chi, yn dod ychydig yn uwch, ac mae eu rheswm yn dweud hynny</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="102"/>
        <source>Ideas most people kept now come a little higher.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae syniadau y gwnaeth y rhan fwyaf o bobl eu cadw yn dod ychydig yn uwch nawr.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="104"/>
        <source>What worked for others no longer changes the order of ideas.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dydy&apos;r hyn a weithiodd i eraill ddim yn newid trefn y syniadau mwyach.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="129"/>
        <source>{name} by {publisher}: {holds}, {signature}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>{name} gan {publisher}: {holds}, {signature}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="153"/>
        <source>{step}: %p %</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>{step}: %p %</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="156"/>
        <source>{step}…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>{step}…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="164"/>
        <source>{step}: {n} %</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>{step}: {n} %</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="177"/>
        <source>Choose a pack</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewis pecyn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="177"/>
        <source>CareMatch packs (*.cmpack *.zip)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pecynnau CareMatch (*.cmpack *.zip)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="189"/>
        <source>A pack is being checked or imported; wait for it to finish.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae pecyn yn cael ei wirio neu ei fewnforio; arhoswch iddo orffen.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="192"/>
        <source>The catalogue is still loading; try again in a moment.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r catalog yn dal i lwytho; rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="194"/>
        <source>Checking pack</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwirio&apos;r pecyn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="197"/>
        <source>This pack was refused: {why}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cafodd y pecyn hwn ei wrthod: {why}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="216"/>
        <source>Import this pack?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mewnforio&apos;r pecyn hwn?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="224"/>
        <source>Nothing was imported.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Chafodd dim byd ei fewnforio.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="231"/>
        <source>Importing pack</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mewnforio&apos;r pecyn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="237"/>
        <source>Imported “{name}”. Its ideas are in the catalogue now.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi mewnforio “{name}”. Mae ei syniadau yn y catalog nawr.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="243"/>
        <source>The import failed, so nothing was kept: {why}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Methodd y mewnforio, felly chafodd dim byd ei gadw: {why}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="263"/>
        <source>Removed the pack. Its ideas are gone from the catalogue.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi tynnu&apos;r pecyn. Mae ei syniadau wedi mynd o&apos;r catalog.</translation>
    </message>
</context>
<context>
    <name>PanelGoalsDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="42"/>
        <source>Panel meeting</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyfarfod panel</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="42"/>
        <source>&amp;Start the panel view</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Dechrau golwg y panel</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="43"/>
        <source>Tick the goals to talk about. Nothing else will be shown.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ticiwch y nodau i siarad amdanyn nhw. Fydd dim byd arall yn cael ei ddangos.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="57"/>
        <source>Tick at least one goal.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ticiwch o leiaf un nod.</translation>
    </message>
</context>
<context>
    <name>PanelView</name>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="65"/>
        <source>Panel meeting</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyfarfod panel</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="68"/>
        <source>One goal at a time: what matters, what was tried, what changed and wins. Page Down for the next goal, Page Up for the one before.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Un nod ar y tro: beth sy&apos;n bwysig, beth gafodd ei drio, beth newidiodd, a llwyddiannau. Page Down ar gyfer y nod nesaf, Page Up ar gyfer yr un cynt.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="77"/>
        <source>Which goal</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pa nod</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="79"/>
        <source>About this goal</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am y nod hwn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="81"/>
        <source>&amp;What will be done:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth fydd yn cael ei &amp;wneud:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="83"/>
        <source>W&amp;ho will do it:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Pwy fydd yn ei wneud:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="87"/>
        <source>&amp;By when:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Erbyn pryd:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="88"/>
        <source>&amp;Add this step</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Ychwanegu&apos;r cam hwn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="89"/>
        <source>&amp;Previous goal</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nod &amp;blaenorol</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="90"/>
        <source>&amp;Next goal</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nod &amp;nesaf</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="92"/>
        <source>&amp;Save for the notes…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cadw ar gyfer y nodiadau…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="92"/>
        <source>A PDF or web page of these goals</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>PDF neu dudalen we o&apos;r nodau hyn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="94"/>
        <source>&amp;Close</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="96"/>
        <source>Panel status</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws y panel</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="103"/>
        <source>A next step</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cam nesaf</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="137"/>
        <source>Goal {n} of {total}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nod {n} o {total}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="171"/>
        <source>Save the panel&apos;s notes</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw nodiadau&apos;r panel</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="173"/>
        <source>PDF (*.pdf);;Web page (*.html);;Spreadsheet (*.csv)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>PDF (*.pdf);;Tudalen we (*.html);;Taenlen (*.csv)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="184"/>
        <source>Saved {path}.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi cadw {path}.</translation>
    </message>
</context>
<context>
    <name>PractitionerSetupDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="29"/>
        <source>Set up your caseload</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Sefydlu eich llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="29"/>
        <source>&amp;Set up caseload</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Sefydlu&apos;r llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="32"/>
        <source>Choose one passphrase that opens every client vault in your caseload.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch un cyfrinymadrodd sy&apos;n agor pob cell cleient yn eich llwyth achosion.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="37"/>
        <source>Each client keeps their own passphrase. Yours opens the vaults you add to your caseload too, so you type one passphrase a day instead of one per client.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae pob cleient yn cadw ei gyfrinymadrodd ei hun. Mae eich un chi hefyd yn agor y celloedd rydych chi&apos;n eu hychwanegu at eich llwyth achosion, felly rydych chi&apos;n teipio un cyfrinymadrodd y dydd yn lle un ar gyfer pob cleient.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="42"/>
        <source>About the caseload</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am y llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="44"/>
        <source>Your &amp;name (for reports):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich e&amp;nw (ar gyfer adroddiadau):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="45"/>
        <source>Your &amp;role:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich &amp;rôl:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="47"/>
        <source>Occupational therapist</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Therapydd galwedigaethol</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="50"/>
        <source>&amp;Practitioner passphrase (8 characters or more):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cyfrinymadrodd ymarferydd (8 nod neu fwy):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="51"/>
        <source>Type it &amp;again:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Teipiwch ef &amp;eto:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="58"/>
        <source>Type your name as reports should show it.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Teipiwch eich enw fel y dylai ymddangos ar adroddiadau.</translation>
    </message>
</context>
<context>
    <name>PractitionerUnlockDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="70"/>
        <source>Unlock your caseload</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Datgloi eich llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="70"/>
        <source>&amp;Unlock</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="71"/>
        <source>Type your practitioner passphrase to open your caseload.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Teipiwch eich cyfrinymadrodd ymarferydd i agor eich llwyth achosion.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="74"/>
        <source>&amp;Practitioner passphrase:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cyfrinymadrodd ymarferydd:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="75"/>
        <source>I&apos;ll use my &amp;recovery code instead</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Bydda i&apos;n defnyddio fy &amp;nghod adfer yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="76"/>
        <source>Use my recovery code instead</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Defnyddio fy nghod adfer yn lle hynny</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../carematch/gui/chart.py" line="21"/>
        <source>Chart of how it has gone</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Siart o sut mae pethau wedi mynd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/chart.py" line="38"/>
        <source>No check-ins yet.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim cofnodion eto.</translation>
    </message>
</context>
<context>
    <name>QuestDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="443"/>
        <source>Rate something you tried</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhoi sgôr i rywbeth y rhoesoch chi gynnig arno</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="444"/>
        <source>Score how happy you are with something you tried, from 1 to 5.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhowch sgôr o 1 i 5 am ba mor hapus ydych chi â rhywbeth y rhoesoch chi gynnig arno.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="455"/>
        <source>&amp;Which idea you tried:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Pa syniad y rhoesoch chi gynnig arno:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="460"/>
        <source>Not rated</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Heb sgôr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="463"/>
        <source>{label} (1 to 5):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>{label} (1 i 5):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="465"/>
        <source>&amp;Note (optional):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Nodyn (dewisol):</translation>
    </message>
</context>
<context>
    <name>RecommendWizard</name>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="79"/>
        <source>Write a recommendation</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ysgrifennu argymhelliad</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="82"/>
        <source>Six steps: who it is for, who signs it, the goals, what you recommend, the person&apos;s agreement, and a check of your answers before it is written.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Chwe cham: ar gyfer pwy mae e, pwy sy&apos;n ei lofnodi, y nodau, beth rydych chi&apos;n ei argymell, cytundeb y person, a gwiriad o&apos;ch atebion cyn iddo gael ei ysgrifennu.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="93"/>
        <source>Who is it for?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ar gyfer pwy mae e?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="93"/>
        <source>The report is worded for the people who read it.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae geiriad yr adroddiad yn addas i&apos;r bobl sy&apos;n ei ddarllen.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="104"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="107"/>
        <source>How the report names the person</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Sut mae&apos;r adroddiad yn enwi&apos;r person</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="108"/>
        <source>for example Mrs A</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>er enghraifft Mrs A</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="109"/>
        <source>&amp;Reference:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cyfeirnod:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="110"/>
        <source>How it &amp;names the person:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Sut mae&apos;n enwi&apos;r &amp;person:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="115"/>
        <source>Who signs it?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pwy sy&apos;n ei lofnodi?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="115"/>
        <source>Your name and role.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich enw a&apos;ch rôl.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="118"/>
        <source>Your name</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="120"/>
        <source>Your role</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="121"/>
        <source>Your &amp;name:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="122"/>
        <source>Your r&amp;ole:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich &amp;rôl:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="128"/>
        <source>Which goals?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pa nodau?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="128"/>
        <source>Only the ticked goals go in.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim ond y nodau sydd wedi&apos;u ticio sy&apos;n cael eu cynnwys.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="131"/>
        <source>Goals to include</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nodau i&apos;w cynnwys</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="142"/>
        <source>What do you recommend?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth rydych chi&apos;n ei argymell?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="143"/>
        <source>Tick each item and write why in its row (press F2 to type the reason).</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ticiwch bob eitem ac ysgrifennwch pam yn ei rhes (pwyswch F2 i deipio&apos;r rheswm).</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="147"/>
        <source>Items to recommend</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eitemau i&apos;w hargymell</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="148"/>
        <source>Item</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eitem</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="148"/>
        <source>Why</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pam</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="172"/>
        <source>Nothing is shortlisted or tried yet. Add ideas to the shortlist from Find ideas or the Catalogue first.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does dim byd ar y rhestr fer nac wedi cael ei drio eto. Ychwanegwch syniadau at y rhestr fer o Dod o hyd i syniadau neu&apos;r Catalog yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="182"/>
        <source>Show the person</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos i&apos;r person</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="183"/>
        <source>This is what the report will say. Go through it with the person.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dyma beth fydd yr adroddiad yn ei ddweud. Ewch drwyddo gyda&apos;r person.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="185"/>
        <source>What the report will say</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth fydd yr adroddiad yn ei ddweud</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="187"/>
        <source>The person has seen this and &amp;agrees to it</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Mae&apos;r person wedi gweld hyn ac yn cytuno iddo</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="189"/>
        <source>The person has seen this and agrees to it</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r person wedi gweld hyn ac yn cytuno iddo</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="197"/>
        <source>Check your answers</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwirio eich atebion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="198"/>
        <source>Press Back to change anything. Nothing is written until you press Write.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pwyswch Yn ôl i newid unrhyw beth. Fydd dim byd yn cael ei ysgrifennu nes i chi bwyso Ysgrifennu.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="200"/>
        <source>Your answers</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich atebion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="202"/>
        <source>Kind of file</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Math o ffeil</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="206"/>
        <source>&amp;Kind of file:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Math o &amp;ffeil:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="211"/>
        <source>&amp;Write…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Ysgrifennu…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="231"/>
        <source>Write</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="277"/>
        <source>Give your name, as the report should show it.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhowch eich enw, fel y dylai&apos;r adroddiad ei ddangos.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="282"/>
        <source>Tick at least one goal.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ticiwch o leiaf un nod.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="287"/>
        <source>Tick at least one item to recommend.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ticiwch o leiaf un eitem i&apos;w hargymell.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="300"/>
        <source>Tick the box once the person has seen the report and agrees to it.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ticiwch y blwch pan fydd y person wedi gweld yr adroddiad ac yn cytuno iddo.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="308"/>
        <source>For: {who}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ar gyfer: {who}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="309"/>
        <source>Reference: {reference}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyfeirnod: {reference}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="310"/>
        <source>The person: {person}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Y person: {person}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="311"/>
        <source>you (their own copy)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>chi (eu copi eu hunain)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="313"/>
        <source>Signed by: {name}, {role}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi&apos;i lofnodi gan: {name}, {role}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="314"/>
        <source>Goals: {n}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nodau: {n}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="315"/>
        <source>Recommended: {ideas}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Argymhellir: {ideas}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="316"/>
        <source>The person agreed: yes</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cytunodd y person: do</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="324"/>
        <source>Save the recommendation</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r argymhelliad</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="230"/>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="238"/>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="345"/>
        <source>Your recovery code</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich cod adfer</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="233"/>
        <source>Write this code down and keep it safe. It opens your vault if you forget the passphrase.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ysgrifennwch y cod hwn a&apos;i gadw&apos;n ddiogel. Mae&apos;n agor eich cell os byddwch chi&apos;n anghofio&apos;r cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="242"/>
        <source>If you forget your passphrase, this code opens your vault. Write it down now and keep it somewhere safe. It will not be shown again.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Os byddwch chi&apos;n anghofio eich cyfrinymadrodd, bydd y cod hwn yn agor eich cell. Ysgrifennwch ef nawr a&apos;i gadw rywle diogel. Fydd e ddim yn cael ei ddangos eto.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="247"/>
        <source>About the recovery code</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am y cod adfer</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="251"/>
        <source>Recovery code</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="261"/>
        <source>&amp;Save it as a file…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cadw fel ffeil…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="263"/>
        <source>A text file to print or keep somewhere safe, away from this computer</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffeil destun i&apos;w hargraffu neu ei chadw rywle diogel, i ffwrdd o&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="267"/>
        <source>&amp;Print it…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="267"/>
        <source>Print the code to keep with your papers</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Argraffu&apos;r cod i&apos;w gadw gyda&apos;ch papurau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="278"/>
        <source>To check you have it, type its &amp;last four characters:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>I wirio bod y cod gennych chi, teipiwch ei &amp;bedwar nod olaf:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="283"/>
        <source>Problem</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="288"/>
        <source>I have written it &amp;down</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rydw i wedi&apos;i &amp;ysgrifennu</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="290"/>
        <source>I have written it down</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rydw i wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="303"/>
        <source>Those are not the last four characters of the code. Look at the code above and type its last four, so you know you have it.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid dyna bedwar nod olaf y cod. Edrychwch ar y cod uchod a theipiwch ei bedwar nod olaf, er mwyn i chi wybod bod y cod gennych chi.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="321"/>
        <source>Save the recovery code</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r cod adfer</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="322"/>
        <source>CareMatch recovery code.txt</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cod adfer CareMatch.txt</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="323"/>
        <source>Text (*.txt)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Testun (*.txt)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="330"/>
        <source>It could not be saved: {e}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Doedd dim modd ei gadw: {e}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="332"/>
        <source>Saved as {name}.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi&apos;i gadw fel {name}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="338"/>
        <source>CareMatch recovery code

{code}

It opens your vault if you forget the passphrase. Keep it safe, away from this computer.
</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cod adfer CareMatch

{code}

Mae&apos;n agor eich cell os byddwch chi&apos;n anghofio&apos;r cyfrinymadrodd. Cadwch ef yn ddiogel, i ffwrdd o&apos;r cyfrifiadur hwn.
</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="347"/>
        <source>Sent to the printer.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi&apos;i anfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="349"/>
        <source>It could not be printed. Save it as a file instead (Alt+S).</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Doedd dim modd ei argraffu. Cadwch ef fel ffeil yn lle hynny (Alt+C).</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="43"/>
        <location filename="../../carematch/gui/reminders.py" line="48"/>
        <source>Reminder</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nodyn atgoffa</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="50"/>
        <source>Check in now ({key})</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cofnodi sut mae&apos;n mynd nawr ({key})</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="52"/>
        <source>Check in now</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cofnodi sut mae&apos;n mynd nawr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="53"/>
        <source>Log how it is going for this goal. Shortcut: Control J.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cofnodwch sut mae&apos;r nod hwn yn mynd. Llwybr byr: Control J.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="56"/>
        <source>Remind me tomorrow</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Fy atgoffa i yfory</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="58"/>
        <source>Stop reminding me about this goal</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Stopio fy atgoffa am y nod hwn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="60"/>
        <source>Not now</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="60"/>
        <source>Hide this reminder</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cuddio&apos;r nodyn atgoffa hwn</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsBox</name>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="46"/>
        <source>Reminders</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nodiadau atgoffa</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="48"/>
        <source>Se&amp;nd me a desktop reminder to check in</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Anfon nodyn atgoffa ar y bwrdd gwaith i mi gofnodi sut mae&apos;n mynd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="49"/>
        <source>Send me a desktop reminder to check in</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Anfon nodyn atgoffa ar y bwrdd gwaith i mi gofnodi sut mae&apos;n mynd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="51"/>
        <source>At this time each day:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ar yr amser hwn bob dydd:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="54"/>
        <source>At most this many a day:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim mwy na hyn y dydd:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="56"/>
        <source>&amp;Quiet hours, from:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Oriau tawel, o:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="58"/>
        <source>Quiet hours, until:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Oriau tawel, tan:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="60"/>
        <source>Show my goal&apos;s words in reminders (others may see your screen)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos geiriau fy nod yn y nodiadau atgoffa (gall eraill weld eich sgrin)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="62"/>
        <source>Show my goal&apos;s words in reminders</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos geiriau fy nod yn y nodiadau atgoffa</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="64"/>
        <source>Sa&amp;y when a goal has gone quiet, as my journal opens</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dweud pan fydd nod wedi mynd yn dawel, wrth i&apos;m dyddlyfr agor</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="66"/>
        <source>Say when a goal has gone quiet</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dweud pan fydd nod wedi mynd yn dawel</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="68"/>
        <source>Save review dates to my calendar…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw dyddiadau adolygu yn fy nghalendr…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="71"/>
        <source>An .ics file to import into your own calendar. It says only “CareMatch review” unless you chose to show your goal&apos;s words.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffeil .ics i&apos;w mewnforio i&apos;ch calendr eich hun. Dim ond “CareMatch review” mae&apos;n ei ddweud, oni bai eich bod wedi dewis dangos geiriau eich nod.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="77"/>
        <source>About reminders</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am nodiadau atgoffa</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="78"/>
        <source>Keep CareMatch in the system tray when I close it</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw CareMatch yn hambwrdd y system pan fydda i&apos;n ei gau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="79"/>
        <source>Keep CareMatch in the system tray</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw CareMatch yn hambwrdd y system</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="81"/>
        <source>This desktop has no system tray, so it cannot be used</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does gan y bwrdd gwaith hwn ddim hambwrdd system, felly does dim modd ei ddefnyddio</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="83"/>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="84"/>
        <source>Start CareMatch quietly when I log in</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dechrau CareMatch yn dawel pan fydda i&apos;n mewngofnodi</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="86"/>
        <source>A journal with a passphrase stays locked until you open it.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae dyddlyfr sydd â chyfrinymadrodd yn aros ar glo nes i chi ei agor.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="145"/>
        <source>These choices are kept in this journal. Reminders only come while it is open and not hidden, and say only “Time for a CareMatch check-in” unless you choose to show your goal&apos;s words.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r dewisiadau hyn yn cael eu cadw yn y dyddlyfr hwn. Dim ond pan fydd ar agor a heb ei guddio y daw nodiadau atgoffa, a dim ond “Time for a CareMatch check-in” maen nhw&apos;n ei ddweud, oni bai eich bod yn dewis dangos geiriau eich nod.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="150"/>
        <source>Open a journal to choose its reminders.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Agorwch ddyddlyfr i ddewis ei nodiadau atgoffa.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="180"/>
        <source>Save review dates for your calendar</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw dyddiadau adolygu ar gyfer eich calendr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="182"/>
        <source>Calendar files (*.ics)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffeiliau calendr (*.ics)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="198"/>
        <source>This desktop has no system tray, so CareMatch closes as usual.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does gan y bwrdd gwaith hwn ddim hambwrdd system, felly mae CareMatch yn cau fel arfer.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="154"/>
        <location filename="../../carematch/gui/reminders.py" line="260"/>
        <source>Check in now</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cofnodi sut mae&apos;n mynd nawr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="178"/>
        <source>Press Control J to check in now.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pwyswch Control J i gofnodi sut mae&apos;n mynd nawr.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="212"/>
        <location filename="../../carematch/gui/reminders.py" line="213"/>
        <source>No goal is waiting for a check-in.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does dim nod yn aros am gofnod.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="255"/>
        <source>CareMatch — check-in reminders</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>CareMatch — nodiadau atgoffa i gofnodi sut mae&apos;n mynd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="257"/>
        <source>CareMatch</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>CareMatch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="258"/>
        <source>Show CareMatch</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos CareMatch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="262"/>
        <source>Hide now (lock)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cuddio nawr (cloi)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="265"/>
        <source>Quit CareMatch</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gadael CareMatch</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="23"/>
        <source>Make a report</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Creu adroddiad</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="23"/>
        <source>&amp;Save report…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cadw&apos;r adroddiad…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="24"/>
        <source>Choose what goes into a report you can print or save.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch beth sy&apos;n mynd i mewn i adroddiad y gallwch chi ei argraffu neu ei gadw.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="39"/>
        <source>&amp;Goals to include (Space ticks):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Nodau i&apos;w cynnwys (mae Space yn ticio):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="40"/>
        <source>Include my check-in &amp;notes</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnwys y nodiadau o &amp;fy nghofnodion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="41"/>
        <source>Include my check-in notes</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnwys y nodiadau o fy nghofnodion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="43"/>
        <source>Include &amp;charts</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnwys &amp;siartiau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="44"/>
        <source>Include charts</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnwys siartiau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="47"/>
        <source>Include my &amp;wins</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnwys fy &amp;llwyddiannau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="48"/>
        <source>Include my wins</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnwys fy llwyddiannau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="72"/>
        <source>Tick at least one goal to put in the report.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ticiwch o leiaf un nod i&apos;w roi yn yr adroddiad.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="75"/>
        <source>Save the report</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r adroddiad</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="77"/>
        <source>PDF (*.pdf);;Web page (*.html);;Spreadsheet (*.csv)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>PDF (*.pdf);;Tudalen we (*.html);;Taenlen (*.csv)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="80"/>
        <source>Choose where to save the report.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch ble i gadw&apos;r adroddiad.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="44"/>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="90"/>
        <source>Reviews due</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Adolygiadau sy&apos;n ddyledus</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="46"/>
        <source>Each idea you set out to try until today: keep it, change it, or stop.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pob syniad roeddech chi&apos;n bwriadu rhoi cynnig arno tan heddiw: ei gadw, ei newid, neu stopio.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="49"/>
        <source>Experiments to review</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Arbrofion i&apos;w hadolygu</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="51"/>
        <source>What your check-ins show</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth mae eich cofnodion yn ei ddangos</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="55"/>
        <source>A note about your decision</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nodyn am eich penderfyniad</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="56"/>
        <source>A &amp;note, if you like:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Nodyn, os hoffech chi:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="57"/>
        <source>&amp;Keep it</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Ei gadw</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="58"/>
        <source>&amp;Change something and try again</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Newid &amp;rhywbeth a rhoi cynnig arall arni</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="59"/>
        <source>&amp;Stop</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Stopio</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="63"/>
        <source>How many days without it</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Sawl diwrnod hebddo</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="65"/>
        <source>Try &amp;without it for</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mynd &amp;hebddo am</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="67"/>
        <source>A few days without the idea shows whether it really helps</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae ychydig o ddiwrnodau heb y syniad yn dangos a yw&apos;n helpu go iawn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="70"/>
        <source>Make the kept idea my &amp;adaptation</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwneud y syniad a gadwyd yn &amp;addasiad i mi</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="72"/>
        <source>Keep it with your own adaptations, ready to share as a recipe</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ei gadw gyda&apos;ch addasiadau eich hun, yn barod i&apos;w rannu fel rysáit</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="77"/>
        <source>Review status</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws adolygu</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="114"/>
        <source>{title}, for “{goal}” (review on {day})</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>{title}, ar gyfer “{goal}” (adolygu ar {day})</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="132"/>
        <source>Nothing to review today.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim byd i&apos;w adolygu heddiw.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="178"/>
        <source>“{title}” is now one of your adaptations (My goals, Adaptations), ready to share as a recipe.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae “{title}” nawr yn un o&apos;ch addasiadau (Fy nodau, Addasiadau), yn barod i&apos;w rannu fel rysáit.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="58"/>
        <source>Settings</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="60"/>
        <source>How it looks</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Sut mae&apos;n edrych</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="64"/>
        <source>Te&amp;xt size:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Maint y &amp;testun:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="65"/>
        <source>&amp;High contrast (yellow on black)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyferbyniad &amp;uchel (melyn ar ddu)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="66"/>
        <source>High contrast</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="67"/>
        <source>F&amp;ollow the computer&apos;s contrast setting</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>D&amp;ilyn gosodiad cyferbyniad y cyfrifiadur</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="68"/>
        <source>Follow the computer&apos;s contrast setting</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dilyn gosodiad cyferbyniad y cyfrifiadur</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="75"/>
        <source>Not sure, or outside the UK</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ddim yn siŵr, neu y tu allan i&apos;r DU</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="80"/>
        <source>Councils, the NHS and schools differ across the UK: your nation&apos;s ways come first</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae cynghorau, y GIG ac ysgolion yn wahanol ar draws y DU: mae ffyrdd eich gwlad chi&apos;n dod gyntaf</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="83"/>
        <source>Where in the UK yo&amp;u live:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ble yn y DU rydych chi&apos;n &amp;byw:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="87"/>
        <source>The computer&apos;s language</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Iaith y cyfrifiadur</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="92"/>
        <source>Lan&amp;guage:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Iait&amp;h:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="95"/>
        <source>Use this language now</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Defnyddio&apos;r iaith hon nawr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="97"/>
        <source>Changes every word on screen at once; your journal stays open</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn newid pob gair ar y sgrin ar unwaith; mae eich dyddiadur yn aros ar agor</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="103"/>
        <source>Your vault</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich cell</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="105"/>
        <source>Vault details</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Manylion y gell</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="106"/>
        <source>S&amp;witch vault…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Newid i gell arall…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="107"/>
        <source>M&amp;ake a vault from an export…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>C&amp;reu cell o allforiad…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="108"/>
        <source>Change &amp;passphrase…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Newid y c&amp;yfrinymadrodd…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="109"/>
        <source>&amp;Back up now</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwneud copi &amp;wrth gefn nawr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="110"/>
        <source>&amp;Restore a backup…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Adfer copi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="111"/>
        <source>Export e&amp;verything…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Allforio &amp;popeth…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="112"/>
        <source>&amp;Erase this vault…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dil&amp;eu&apos;r gell hon…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="129"/>
        <source>Locking</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cloi</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="133"/>
        <source>&amp;Lock after this long without use:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>C&amp;loi ar ôl hyn o amser heb ddefnydd:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="135"/>
        <location filename="../../carematch/gui/pages/settings.py" line="138"/>
        <source>Lock when the screen locks or the computer goes to sleep</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cloi pan fydd y sgrin yn cloi neu pan fydd y cyfrifiadur yn mynd i gysgu</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="142"/>
        <source>To hide everything at once, press Ctrl+L or the “Hide now” button at the top right. A locked vault with a passphrase asks for it again.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>I guddio popeth ar unwaith, pwyswch Ctrl+L neu&apos;r botwm “Cuddio nawr” ar y dde ar y brig. Bydd cell sydd ar glo ac sydd â chyfrinymadrodd yn gofyn amdano eto.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="147"/>
        <source>About hiding</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am guddio</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="153"/>
        <source>For practitioners</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ar gyfer ymarferwyr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="155"/>
        <source>Show the Clients page (a caseloa&amp;d of client vaults)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos y dudalen Cleientiaid (llwyth acho&amp;sion o gelloedd cleientiaid)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="157"/>
        <source>Show the Clients page</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos y dudalen Cleientiaid</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="159"/>
        <source>Show the client&apos;s name in the window &amp;title</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos enw&apos;r cleient yn nheitl y ffenestr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="161"/>
        <source>Show the client&apos;s name in the window title</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos enw&apos;r cleient yn nheitl y ffenestr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="162"/>
        <source>Off by default: screens get shared in meetings</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>I ffwrdd i ddechrau: mae sgriniau&apos;n cael eu rhannu mewn cyfarfodydd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="170"/>
        <source>Settings status</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws y gosodiadau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="225"/>
        <source>No vault is open.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does dim cell ar agor.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="228"/>
        <source>protected with a passphrase</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>wedi&apos;i diogelu â chyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="230"/>
        <source>not protected by a passphrase</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>heb ei diogelu â chyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="233"/>
        <source>“{name}”, {state}. Kept in {folder}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>“{name}”, {state}. Yn cael ei chadw yn {folder}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="268"/>
        <source>Ways to get ideas in {nation} now come first.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae ffyrdd o gael gafael ar syniadau yn {nation} yn dod gyntaf nawr.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="270"/>
        <source>Ways to get ideas are shown for the whole UK.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae ffyrdd o gael gafael ar syniadau yn cael eu dangos ar gyfer y DU gyfan.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="282"/>
        <source>CareMatch will be in {language} the next time it starts, or now if you press “Use this language now”.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Y tro nesaf y bydd CareMatch yn dechrau, ei iaith fydd {language}; neu pwyswch “Defnyddio&apos;r iaith hon nawr” i&apos;w newid nawr.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="287"/>
        <source>CareMatch is in {language}.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Iaith CareMatch: {language}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="311"/>
        <source>Backing up your vault…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wrthi&apos;n gwneud copi wrth gefn o&apos;ch cell…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="319"/>
        <source>There are no backups yet.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does dim copïau wrth gefn eto.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="323"/>
        <source>Restore a backup</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Adfer copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="324"/>
        <source>Choose a backup (newest first):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch gopi wrth gefn (y mwyaf newydd yn gyntaf):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="330"/>
        <source>Restoring the backup…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wrthi&apos;n adfer y copi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="338"/>
        <source>Export everything</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Allforio popeth</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="338"/>
        <source>Zip files (*.zip)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffeiliau zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="346"/>
        <source>Protect the export?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Diogelu&apos;r allforiad?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="348"/>
        <source>The export holds everything in your vault. Give it a passphrase to encrypt it, or leave this empty to save it unprotected:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r allforiad yn cynnwys popeth sydd yn eich cell. Rhowch gyfrinymadrodd iddo i&apos;w amgryptio, neu gadewch hwn yn wag i&apos;w gadw heb ei ddiogelu:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="362"/>
        <source>Exporting everything…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wrthi&apos;n allforio popeth…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="380"/>
        <source>Encrypting your vault…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wrthi&apos;n amgryptio eich cell…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="380"/>
        <source>Changing the passphrase…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wrthi&apos;n newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="400"/>
        <source>Making the vault from the export…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wrthi&apos;n creu&apos;r gell o&apos;r allforiad…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="410"/>
        <source>Erase this vault</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dileu&apos;r gell hon</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="412"/>
        <source>This erases “{name}” and all its backups for good. It cannot be undone.
Type the vault&apos;s name to confirm:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Bydd hyn yn dileu “{name}” a&apos;i holl gopïau wrth gefn am byth. Does dim modd dadwneud hyn.
Teipiwch enw&apos;r gell i gadarnhau:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="417"/>
        <source>Nothing was erased.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Chafodd dim byd ei ddileu.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/language_switch.py" line="54"/>
        <source>CareMatch is now in {language}.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Iaith CareMatch nawr: {language}.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="109"/>
        <source>What they may see</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth maen nhw&apos;n cael ei weld</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="110"/>
        <source>Only what you tick here ever goes to them, in a summary file.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim ond yr hyn rydych chi&apos;n ei dicio yma sy&apos;n mynd atyn nhw, a hynny mewn ffeil crynodeb.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="117"/>
        <source>&amp;They may see:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Maen nhw&apos;n cael gweld:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="132"/>
        <source>Tick at least one goal, or choose Nothing.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ticiwch o leiaf un nod, neu dewiswch Dim byd.</translation>
    </message>
</context>
<context>
    <name>ShareRecipeDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="38"/>
        <source>Share as a recipe</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhannu fel rysáit</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="38"/>
        <source>&amp;Save the pack…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cadw&apos;r pecyn…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="39"/>
        <source>Check what would be shared, then save it as a pack for others.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwiriwch beth fyddai&apos;n cael ei rannu, yna cadwch ef fel pecyn i eraill.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="45"/>
        <source>Remove the {kind} “{text}” (in {field})</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Tynnu “{text}” ({kind}, yn {field})</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="54"/>
        <source>No personal details were found.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Chafwyd hyd i ddim manylion personol.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="55"/>
        <source>&amp;Personal details (ticked ones are removed):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Manylion personol (caiff y rhai sydd wedi&apos;u ticio eu tynnu):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="57"/>
        <source>Getting the photos ready…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wrthi&apos;n paratoi&apos;r lluniau…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="61"/>
        <source>P&amp;hotos (ticked ones are shared):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Lluniau (caiff y rhai sydd wedi&apos;u ticio eu rhannu):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="62"/>
        <source>Exactly what will be shared</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Yr union beth fydd yn cael ei rannu</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="63"/>
        <source>&amp;Exactly what will be shared:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Yr union beth fydd yn cael ei rannu:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="84"/>
        <source>This adaptation has no photos.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does dim lluniau gyda&apos;r addasiad hwn.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="90"/>
        <source>The photos could not be read, so none will be shared: {why}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Doedd dim modd darllen y lluniau, felly fydd dim un yn cael ei rannu: {why}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="124"/>
        <source>Photos: {n} (location and camera details removed).</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Lluniau: {n} (manylion lleoliad a chamera wedi&apos;u tynnu).</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="153"/>
        <source>Add a little more about your adaptation first: {why}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ychwanegwch ychydig mwy am eich addasiad yn gyntaf: {why}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="157"/>
        <source>Save the recipe pack</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw pecyn y rysáit</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="159"/>
        <source>CareMatch packs (*.cmpack)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pecynnau CareMatch (*.cmpack)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="162"/>
        <source>Choose where to save the pack.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch ble i gadw&apos;r pecyn.</translation>
    </message>
</context>
<context>
    <name>ShortlistDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="94"/>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="114"/>
        <source>Shortlist</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhestr fer</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="96"/>
        <source>Tick two to four ideas and press Compare to see them side by side.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ticiwch rhwng dau a phedwar syniad a phwyswch Cymharu i&apos;w gweld ochr yn ochr.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="99"/>
        <source>Shortlisted ideas</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Syniadau ar y rhestr fer</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="101"/>
        <source>Shortlist status</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws y rhestr fer</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="102"/>
        <source>&amp;Compare the ticked ideas</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cymharu&apos;r syniadau sydd wedi&apos;u ticio</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="103"/>
        <source>&amp;Remove the chosen idea</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Tynnu&apos;r syniad a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="129"/>
        <source>{id} (no longer in the catalogue)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>{id} (ddim yn y catalog mwyach)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="137"/>
        <source>The shortlist is empty. Add ideas from Find ideas or the Catalogue.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r rhestr fer yn wag. Ychwanegwch syniadau o Dod o hyd i syniadau neu&apos;r Catalog.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="139"/>
        <source>Tick {low} to {high} ideas, then press Compare.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ticiwch rhwng {low} a {high} syniad, yna pwyswch Cymharu.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="170"/>
        <source>Took “{name}” off the shortlist.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi tynnu “{name}” oddi ar y rhestr fer.</translation>
    </message>
</context>
<context>
    <name>SupportingDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="113"/>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="120"/>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="133"/>
        <source>People I support</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Pobl rydw i&apos;n eu cefnogi</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="116"/>
        <source>Join someone&apos;s circle from their invite, write them notes, read what they share.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ymunwch â chylch rhywun drwy eu gwahoddiad, ysgrifennwch nodiadau iddyn nhw, a darllenwch beth maen nhw&apos;n ei rannu.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="122"/>
        <source>&amp;Join a circle…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Ymuno â chylch…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="122"/>
        <source>From an invite file</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>O ffeil gwahoddiad</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="124"/>
        <source>&amp;Write them notes…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Ysgrifennu &amp;nodiadau iddyn nhw…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="125"/>
        <source>&amp;Take in their summary…</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Derbyn eu crynodeb…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="126"/>
        <source>What they shared</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth maen nhw wedi&apos;i rannu</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="128"/>
        <source>Status</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="139"/>
        <source>What they shared (to read only)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth maen nhw wedi&apos;i rannu (i&apos;w ddarllen yn unig)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="152"/>
        <source>{name} (they know you as {me})</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>{name} (maen nhw&apos;n eich adnabod fel {me})</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="172"/>
        <source>Nothing shared yet.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim byd wedi&apos;i rannu eto.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="188"/>
        <source>Open the invite</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Agor y gwahoddiad</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="192"/>
        <source>Save your reply</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw eich ateb</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="199"/>
        <source>Refused, and nothing was changed: {why}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi&apos;i wrthod, a chafodd dim byd ei newid: {why}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="204"/>
        <source>You joined {name}&apos;s circle. Give them the reply. Check the codes together: theirs is {theirs}, yours is {mine}.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rydych chi wedi ymuno â chylch {name}. Rhowch yr ateb iddyn nhw. Gwiriwch y codau gyda&apos;ch gilydd: eu cod nhw yw {theirs}, eich cod chi yw {mine}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="218"/>
        <source>Take in a summary</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Derbyn crynodeb</translation>
    </message>
</context>
<context>
    <name>TrailBar</name>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="175"/>
        <source>Your answers</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich atebion</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="177"/>
        <source>&amp;Back</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="177"/>
        <source>Change the last answer (Backspace)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Newid yr ateb olaf (Backspace)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="179"/>
        <source>Start &amp;again</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dechrau &amp;eto</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="187"/>
        <source>Your answers: {trail}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich atebion: {trail}</translation>
    </message>
</context>
<context>
    <name>TryThisDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="395"/>
        <source>Try: {idea}</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhoi cynnig ar: {idea}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="395"/>
        <source>&amp;Start trying</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Dechrau rhoi cynnig arni</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="397"/>
        <source>Start trying this idea, on a goal you have or on a new one.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dechreuwch roi cynnig ar y syniad hwn, ar nod sydd gennych chi&apos;n barod neu ar un newydd.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="401"/>
        <source>A new goal</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Nod newydd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="404"/>
        <source>&amp;For which goal?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Ar gyfer pa nod?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="406"/>
        <source>New &amp;goal in your words:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Nod newydd yn eich geiriau chi:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="411"/>
        <source>Optional</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewisol</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="412"/>
        <source>What do you &amp;expect?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Beth rydych chi&apos;n ei ddisgwyl?</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="188"/>
        <source>Open “{name}”</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Agor “{name}”</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="188"/>
        <source>&amp;Open</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="190"/>
        <source>Type the passphrase or the recovery code to open this vault.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Teipiwch y cyfrinymadrodd neu&apos;r cod adfer i agor y gell hon.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="194"/>
        <source>&amp;Passphrase:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="195"/>
        <source>I&apos;ll use my &amp;recovery code instead</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Bydda i&apos;n defnyddio fy &amp;nghod adfer yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="196"/>
        <source>Use my recovery code instead</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Defnyddio fy nghod adfer yn lle hynny</translation>
    </message>
</context>
<context>
    <name>VaultProblemDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="367"/>
        <source>We could not open your vault</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Doedden ni ddim yn gallu agor eich cell</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="369"/>
        <source>&amp;Restore the newest good backup</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Adfer y copi wrth gefn da mwyaf diweddar</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="369"/>
        <source>&amp;OK</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="371"/>
        <source>What went wrong, and what you can do about it.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth aeth o&apos;i le, a beth gallwch chi ei wneud am y peth.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="375"/>
        <source>What happened</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="383"/>
        <source>Nothing has been changed. CareMatch keeps backups of your vault; restoring puts back the newest one that is healthy. What you wrote after it was made will be missing.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Does dim byd wedi newid. Mae CareMatch yn cadw copïau wrth gefn o&apos;ch cell; mae adfer yn rhoi&apos;r un iach mwyaf diweddar yn ôl. Bydd yr hyn a ysgrifennoch chi ar ôl iddo gael ei greu ar goll.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="389"/>
        <source>About restoring</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am adfer</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="393"/>
        <source>&amp;Passphrase:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="108"/>
        <source>Welcome to CareMatch</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Croeso i CareMatch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="108"/>
        <source>&amp;Continue</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Parhau</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="109"/>
        <source>Make a vault for your journal, or open one you have.</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Crëwch gell ar gyfer eich dyddlyfr, neu agorwch un sydd gennych chi.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="112"/>
        <source>About CareMatch</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Am CareMatch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="121"/>
        <source>Te&amp;xt size:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Maint y &amp;testun:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="122"/>
        <source>&amp;High contrast (yellow on black)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyferbyniad &amp;uchel (melyn ar ddu)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="123"/>
        <source>High contrast</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="133"/>
        <source>Start a new private journal on this computer</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Dechrau dyddlyfr preifat newydd ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="134"/>
        <source>Make a vault from an export file</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Creu cell o ffeil allforio</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="136"/>
        <source>Open “{name}”</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Agor “{name}”</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="137"/>
        <source>&amp;What would you like to do?</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth hoffech chi ei &amp;wneud?</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="138"/>
        <source>My journal</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Fy nyddlyfr</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="139"/>
        <source>&amp;Name for your journal:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>E&amp;nw ar gyfer eich dyddlyfr:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="140"/>
        <source>&amp;Lock it with a passphrase (recommended)</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>C&amp;loi gyda chyfrinymadrodd (argymhellir)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="143"/>
        <source>Lock it with a passphrase</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cloi gyda chyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="145"/>
        <source>&amp;Passphrase (8 characters or more):</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cyfrinymadrodd (8 nod neu fwy):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="145"/>
        <source>Passphrase &amp;again:</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyfrinymadrodd &amp;eto:</translation>
    </message>
</context>
<context>
    <name>WizardStep</name>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="57"/>
        <source>Problem</source>
        <translatorcomment>machine-assisted: needs review by a Welsh speaker</translatorcomment>
        <translation>Problem</translation>
    </message>
</context>
</TS>
