<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AdaptationDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="360"/>
        <source>My own adaptation</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تعديل من صنعي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="361"/>
        <source>Something you made or changed yourself that helps.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>شيء صنعته أو غيّرته بنفسك ويساعدك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="364"/>
        <source>&amp;Name it:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="366"/>
        <source>&amp;What is it?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما هو؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="368"/>
        <source>&amp;Materials:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المواد:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="370"/>
        <source>S&amp;teps:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الخطوات:</translation>
    </message>
</context>
<context>
    <name>CareMatch</name>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="58"/>
        <source>Refused, and nothing was changed: {why}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم الرفض، ولم يتغيّر شيء: {why}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="235"/>
        <source>Not rated</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>بلا تقييم</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="59"/>
        <source>Show what I t&amp;ype</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إظهار ما أكتبه</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="60"/>
        <source>Show what I type</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إظهار ما أكتبه</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="84"/>
        <source>The two passphrases are different. Type it again.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عبارتا المرور مختلفتان. اكتبها مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/ops.py" line="135"/>
        <source>That was not done</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لم يتم ذلك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="430"/>
        <source>Never</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="432"/>
        <source>1 hour</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="434"/>
        <source>1 minute</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>دقيقة واحدة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="435"/>
        <source>{n} minutes</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>{n} دقيقة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/shortlist_actions.py" line="17"/>
        <source>Open a vault and choose an idea first.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>افتح خزنة واختر فكرة أولًا.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/shortlist_actions.py" line="21"/>
        <source>Added “{name}” to the shortlist ({n} there). Compare them from the Catalogue page.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تمت إضافة «{name}» إلى القائمة المختصرة (فيها الآن {n}). قارن بينها من صفحة الدليل.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/shortlist_actions.py" line="25"/>
        <source>“{name}” is already on the shortlist.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>«{name}» موجودة من قبل في القائمة المختصرة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/printing.py" line="31"/>
        <source>Print: {title}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>طباعة: {title}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="135"/>
        <source>Clear the text</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مسح النص</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="178"/>
        <source>What it is</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما هي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="184"/>
        <source>For: {what}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مخصص لـ: {what}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="189"/>
        <source>Helps with: {what}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>يساعد في: {what}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="193"/>
        <source>Kind: {kind}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>النوع: {kind}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="196"/>
        <source>How to get it</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كيف تحصل عليها</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="197"/>
        <source>Cost: {cost}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التكلفة: {cost}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="202"/>
        <source>You may not have to pay VAT on it if you are disabled: ask the seller.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>قد لا تحتاج إلى دفع ضريبة القيمة المضافة (VAT) عليها إذا كانت لديك إعاقة: اسأل البائع.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="210"/>
        <source>What worked for others</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما نجح مع الآخرين</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="213"/>
        <source>Get assessed first</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>احصل على تقييم أولًا</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="218"/>
        <source>Be careful</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>انتبه</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="219"/>
        <source>Also called</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="224"/>
        <source>ISO 9999 (the international list of kinds of equipment)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ISO 9999 (القائمة الدولية لأنواع المعدات)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/widgets.py" line="233"/>
        <source>Related ideas: {names}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أفكار ذات صلة: {names}</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="95"/>
        <location filename="../../carematch/gui/pages/caseload.py" line="117"/>
        <source>Clients</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="97"/>
        <source>Caseload status</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حالة قائمة المستفيدين</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="99"/>
        <source>Set &amp;up a practitioner passphrase…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إعداد عبارة مرور للمختص…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="101"/>
        <source>One passphrase that opens every client vault in your caseload</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عبارة مرور واحدة تفتح كل خزنات المستفيدين في قائمتك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="103"/>
        <source>&amp;Unlock caseload…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>فتح قائمة المستفيدين…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="105"/>
        <source>&amp;Lock caseload</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>قفل قائمة المستفيدين</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="109"/>
        <source>Search clients by name</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ابحث عن المستفيدين بالاسم</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="110"/>
        <source>Search clients</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>البحث في المستفيدين</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="114"/>
        <source>Sort b&amp;y:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الترتيب حسب:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="119"/>
        <source>One row per client. Press Enter to open the chosen client.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>صف واحد لكل مستفيد. اضغط Enter لفتح ملف المستفيد المختار.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="129"/>
        <source>&amp;Open client</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>فتح ملف المستفيد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="130"/>
        <source>&amp;New client…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مستفيد جديد…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="132"/>
        <source>&amp;Add the open vault</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إضافة الخزنة المفتوحة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="134"/>
        <source>Let your practitioner passphrase open the vault that is open now</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اجعل عبارة مرور المختص تفتح الخزنة المفتوحة الآن</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="137"/>
        <source>&amp;Give to client…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تسليمها إلى المستفيد…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="107"/>
        <source>Forget the practitioner key until you unlock it again</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>نسيان مفتاح المختص حتى تفتحه مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="71"/>
        <source>none yet</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا يوجد بعد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="74"/>
        <source>none set</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لم يُحدد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="77"/>
        <source>not scored</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>بلا درجة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="80"/>
        <source>not enough yet</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>غير كافٍ بعد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="82"/>
        <source>nothing</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="139"/>
        <source>Only the client&apos;s passphrase will open it; yours no longer will</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لن تفتحها إلا عبارة مرور المستفيد؛ ولن تفتحها عبارتك بعد الآن</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="141"/>
        <source>&amp;Refresh</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="143"/>
        <source>&amp;Write a recommendation…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كتابة توصية…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="145"/>
        <source>A report for a funding panel, equipment service, GP or the client</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تقرير للجنة تمويل، أو لخدمة المعدات، أو لطبيب العائلة (GP)، أو للمستفيد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="148"/>
        <source>Ou&amp;tcomes…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>النتائج…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="150"/>
        <source>What your clients achieved, with a CSV that holds no names</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما حققه المستفيدون لديك، مع ملف CSV لا يحتوي على أي أسماء</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="216"/>
        <source>For practitioners with a caseload: set up one passphrase that opens every client vault you add. Each client keeps their own passphrase too.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>للمختصين الذين لديهم قائمة مستفيدين: أعِدّ عبارة مرور واحدة تفتح كل خزنة مستفيد تضيفها. ويحتفظ كل مستفيد أيضًا بعبارة المرور الخاصة به.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="220"/>
        <source>Your caseload is locked. Unlock it with your practitioner passphrase.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>قائمة المستفيدين مقفلة. افتحها بعبارة مرور المختص الخاصة بك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="222"/>
        <source>Caseload unlocked for {name}.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>قائمة المستفيدين مفتوحة الآن للمختص {name}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="229"/>
        <location filename="../../carematch/gui/pages/caseload.py" line="347"/>
        <source>Reading your clients&apos; vaults…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جارٍ قراءة خزنات المستفيدين…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="274"/>
        <source>If you forget your practitioner passphrase, this code opens your caseload. Write it down now and keep it somewhere safe, away from this computer. It will not be shown again.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إذا نسيت عبارة مرور المختص، فهذا الرمز يفتح قائمة المستفيدين. اكتبه الآن واحفظه في مكان آمن بعيدًا عن هذا الكمبيوتر. لن يُعرض مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="287"/>
        <source>Caseload locked.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم قفل قائمة المستفيدين.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="314"/>
        <source>This code opens the client&apos;s vault if they forget their passphrase. Give it to the client to keep somewhere safe. It will not be shown again.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هذا الرمز يفتح خزنة المستفيد إذا نسي عبارة المرور الخاصة به. أعطه للمستفيد ليحفظه في مكان آمن. لن يُعرض مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="339"/>
        <source>Wrote the recommendation to {path}.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تمت كتابة التوصية في {path}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="364"/>
        <source>Give this vault to the client?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تسليم هذه الخزنة إلى المستفيد؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/caseload.py" line="366"/>
        <source>After this, only the client&apos;s passphrase or recovery code opens “{name}”. Your practitioner passphrase will not. Nothing in the vault is deleted.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>بعد ذلك، لن يفتح «{name}» إلا عبارة مرور المستفيد أو رمز الاسترداد الخاص به، ولن تفتحها عبارة مرور المختص الخاصة بك. لن يُحذف أي شيء من الخزنة.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="50"/>
        <source>Catalogue</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="51"/>
        <source>For example: grabber, kettle, captions</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مثلًا: ملقط التقاط، غلاية، ترجمة مكتوبة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="52"/>
        <source>Searc&amp;h the catalogue:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>البحث في الدليل:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="54"/>
        <source>All areas</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كل المجالات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="55"/>
        <source>A&amp;rea:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المجال:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="57"/>
        <source>All activities</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كل الأنشطة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="58"/>
        <source>Acti&amp;vity:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>النشاط:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="60"/>
        <source>Catalogue ideas</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أفكار الدليل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="65"/>
        <source>Catalogue status</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حالة الدليل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="66"/>
        <source>About this catalogue idea</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن فكرة الدليل هذه</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="68"/>
        <source>&amp;New idea…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>فكرة جديدة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="68"/>
        <source>Add an idea to your own entries</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أضف فكرة إلى مدخلاتك الخاصة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="70"/>
        <source>Improve th&amp;is idea…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تحسين هذه الفكرة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="72"/>
        <source>Add to sh&amp;ortlist</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إضافة إلى القائمة المختصرة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="72"/>
        <source>Keep it to compare side by side</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>احتفظ بها للمقارنة جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="75"/>
        <source>Shortlist and com&amp;pare…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>القائمة المختصرة والمقارنة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="77"/>
        <source>Two to four shortlisted ideas side by side</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>من فكرتين إلى أربع أفكار من القائمة المختصرة جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/catalogue.py" line="201"/>
        <source>Saved “{name}” to your own entries.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حُفظت «{name}» في مدخلاتك الخاصة.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="117"/>
        <source>Check in: {goal}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التسجيل: {goal}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="118"/>
        <source>Say how it is going. Enter saves.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>قل كيف تسير الأمور. الضغط على Enter يحفظ.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="125"/>
        <source>How well did it go? (1 to 10)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إلى أي مدى نجح الأمر؟ (من 1 إلى 10)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="127"/>
        <source>1 not at all · 10 very well</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>1 لم ينجح أبدًا · 10 نجح جدًا</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="131"/>
        <source>How happy are you with it? (1 to 10)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما مدى رضاك عنه؟ (من 1 إلى 10)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="133"/>
        <source>1 not at all · 10 very happy</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>1 غير راضٍ أبدًا · 10 راضٍ جدًا</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="141"/>
        <source>&amp;When (the day it was about):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>متى (اليوم الذي يخصه التسجيل):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="143"/>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="197"/>
        <source>&amp;More detail…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تفاصيل أكثر…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="145"/>
        <source>Goal level, effort, pain, tiredness, what you were trying, a note</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مستوى الهدف، الجهد، الألم، التعب، ما كنت تجربه، ملاحظة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="152"/>
        <source>Not rated</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>بلا تقييم</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="159"/>
        <source>Goal &amp;level:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مستوى الهدف:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="161"/>
        <source>&amp;Effort (0 to 10, optional):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الجهد (من 0 إلى 10، اختياري):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="163"/>
        <source>&amp;Pain (0 to 10, optional):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الألم (من 0 إلى 10، اختياري):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="165"/>
        <source>&amp;Tiredness (0 to 10, optional):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التعب (من 0 إلى 10، اختياري):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="168"/>
        <source>None</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="173"/>
        <source>While t&amp;rying:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أثناء تجربة:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="175"/>
        <source>&amp;Note (optional):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملاحظة (اختياري):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="197"/>
        <source>Less detail</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تفاصيل أقل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="198"/>
        <source>More detail</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تفاصيل أكثر</translation>
    </message>
</context>
<context>
    <name>CircleDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="140"/>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="178"/>
        <source>My circle of support</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>دائرة الدعم الخاصة بي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="143"/>
        <source>People who help you can add notes, ideas and check-ins by passing files. Nothing goes into your journal until you accept it.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>يمكن للأشخاص الذين يساعدونك إضافة ملاحظات وأفكار وتسجيلات عن طريق تبادل الملفات. لا يدخل أي شيء إلى دفتر يومياتك حتى توافق عليه.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="148"/>
        <source>People in my circle</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأشخاص في دائرتي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="150"/>
        <source>&amp;Invite someone…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>دعوة شخص…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="152"/>
        <source>&amp;Take in a file…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>استلام ملف…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="152"/>
        <source>A reply or notes from your circle</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>رد أو ملاحظات من دائرتك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="154"/>
        <source>What they may s&amp;ee…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما يمكنهم رؤيته…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="155"/>
        <source>Send them a s&amp;ummary…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إرسال ملخص لهم…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="156"/>
        <source>&amp;Remove from my circle</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إزالة من دائرتي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="158"/>
        <source>People I su&amp;pport…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أشخاص أدعمهم…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="158"/>
        <source>When you help someone else</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عندما تساعد شخصًا آخر</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="161"/>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="193"/>
        <source>Waiting for you</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>بانتظارك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="164"/>
        <source>About &amp;which goal:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن أي هدف:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="167"/>
        <source>Their words, to keep or change</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كلماتهم، لتحتفظ بها أو تغيّرها</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="168"/>
        <source>Their w&amp;ords (change them if you like):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كلماتهم (غيّرها إن أردت):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="169"/>
        <source>&amp;Accept</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="170"/>
        <source>&amp;Decline</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="172"/>
        <source>Circle status</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حالة الدائرة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="225"/>
        <source>invited, no reply yet</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مدعو، لم يرد بعد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="226"/>
        <source>in your circle</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>في دائرتك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="227"/>
        <source>removed</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تمت إزالته</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="230"/>
        <source>{name} ({who}): {state}; may see: {shares}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>{name} ({who}): {state}؛ يمكنه أن يرى: {shares}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="241"/>
        <source>Choose a goal</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر هدفًا</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="247"/>
        <source>{said} (written {day})</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>{said} (كُتب في {day})</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="252"/>
        <source>Nothing is waiting.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا يوجد شيء بانتظارك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="301"/>
        <source>Take in a file</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>استلام ملف</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="323"/>
        <source>Save the summary</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ الملخص</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="343"/>
        <source>Remove from my circle</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إزالة من دائرتي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="344"/>
        <source>Remove them? Files from them will be refused from now on.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هل تريد إزالة هذا الشخص؟ سيُرفض أي ملف منه من الآن فصاعدًا.</translation>
    </message>
</context>
<context>
    <name>ClarifyBar</name>
    <message>
        <location filename="../../carematch/gui/pages/clarify_bar.py" line="27"/>
        <source>Is this about:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هل هذا عن:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/clarify_bar.py" line="28"/>
        <source>Is this about {what}?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هل هذا عن {what}؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/clarify_bar.py" line="65"/>
        <source>Only ideas about {what}.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأفكار التي تخص {what} فقط.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/clarify_bar.py" line="66"/>
        <source>Show all the ideas</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عرض كل الأفكار</translation>
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
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأفكار جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="40"/>
        <source>A table: one column per idea, one row per thing to weigh up.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جدول: عمود لكل فكرة، وصف لكل أمر يجب الموازنة فيه.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="60"/>
        <source>&amp;Print…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="60"/>
        <source>Print this table</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>طباعة هذا الجدول</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="62"/>
        <source>Close</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ContributeDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="33"/>
        <source>Share what worked, anonymously</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مشاركة ما نجح، دون ذكر الاسم</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="33"/>
        <source>&amp;Save the file…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ الملف…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="37"/>
        <source>Choose finished experiments, see exactly what goes in the file, then save it for a group that pools what worked for many people.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر التجارب المكتملة، وشاهد بالضبط ما سيدخل في الملف، ثم احفظه لمجموعة تجمع ما نجح مع أشخاص كثيرين.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="47"/>
        <source>A community group, such as an OT team or a peer network, can put files like this from many people together to learn which ideas people keep. Nothing you wrote goes in, and the answers are changed at random so no one can be sure of yours.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>يمكن لمجموعة مجتمعية، مثل فريق علاج وظيفي أو شبكة أقران، أن تجمع ملفات كهذا من أشخاص كثيرين لتعرف أي الأفكار يحتفظ بها الناس. لا يدخل فيه أي شيء كتبته، وتُغيَّر الإجابات عشوائيًا حتى لا يستطيع أحد أن يتأكد من إجاباتك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="71"/>
        <source>No finished experiments with an idea from the catalogue yet. When you keep or stop one, it can be shared here.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا توجد بعد تجارب مكتملة لفكرة من الدليل. عندما تحتفظ بتجربة أو توقفها، يمكن مشاركتها هنا.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="75"/>
        <source>&amp;Experiments to include (ticked ones go in):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التجارب المراد تضمينها (المحدد منها يدخل في الملف):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="76"/>
        <source>Exactly what goes in the file</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما سيدخل في الملف بالضبط</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="78"/>
        <source>E&amp;xactly what goes in the file:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما سيدخل في الملف بالضبط:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="111"/>
        <source>Tick at least one experiment to share.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حدد تجربة واحدة على الأقل لمشاركتها.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="114"/>
        <source>Save the file to share</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ الملف للمشاركة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="116"/>
        <source>CareMatch contributions (*.json)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مساهمات CareMatch (*.json)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/contribute_dialog.py" line="119"/>
        <source>Choose where to save the file.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر مكان حفظ الملف.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="52"/>
        <source>Edit idea</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تعديل الفكرة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="52"/>
        <source>New idea</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>فكرة جديدة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="54"/>
        <source>Write an idea in your own words. It is kept in your own catalogue.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتب فكرة بكلماتك الخاصة. تُحفظ في دليلك الخاص.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="95"/>
        <source>A professional should assess before anyone uses it</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>يجب أن يقيّمها مختص قبل أن يستخدمها أي أحد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="101"/>
        <source>Disabled people can usually buy it without VAT</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>يمكن لذوي الإعاقة عادةً شراؤها دون ضريبة القيمة المضافة (VAT)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="109"/>
        <source>Lowest price:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أقل سعر:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="109"/>
        <source>Highest price:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أعلى سعر:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="111"/>
        <source>VAT relief:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الإعفاء من ضريبة القيمة المضافة:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="116"/>
        <source>Separate with commas</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>افصل بينها بفواصل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="129"/>
        <source>Make it yourself, what you need (one per line):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لصنعها بنفسك، ما تحتاج إليه (عنصر في كل سطر):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="130"/>
        <source>Tools (one per line):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأدوات (أداة في كل سطر):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="131"/>
        <source>Steps (one per line):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الخطوات (خطوة في كل سطر):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="137"/>
        <source>Only for a make-it-yourself idea.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>فقط لفكرة تصنعها بنفسك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="141"/>
        <source>How long it takes to make:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الوقت اللازم لصنعها:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="203"/>
        <source>Is it already here?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هل هي موجودة هنا من قبل؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/entry_editor.py" line="204"/>
        <source>Save yours anyway?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هل تريد حفظ فكرتك على أي حال؟</translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="255"/>
        <source>Edit experiment</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تعديل التجربة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="255"/>
        <source>New experiment</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تجربة جديدة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="257"/>
        <source>An idea you will try for a while, and what you expect from it.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>فكرة ستجربها لفترة، وما تتوقعه منها.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="261"/>
        <source>&amp;What are you trying?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ماذا تجرب؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="263"/>
        <source>What do you &amp;expect?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ماذا تتوقع؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="269"/>
        <source>Start &amp;date:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تاريخ البدء:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="281"/>
        <source>Try it &amp;for:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مدة التجربة:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="288"/>
        <source>Check &amp;in:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مواعيد التسجيل:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="297"/>
        <source>S&amp;tatus:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="304"/>
        <source>&amp;Cost:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التكلفة:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="306"/>
        <source>&amp;How did it go?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كيف سارت الأمور؟</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="67"/>
        <source>Find ideas</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>البحث عن أفكار</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="68"/>
        <source>For example: make a cup of tea on my own</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مثلًا: أن أعدّ كوب شاي بنفسي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="70"/>
        <source>&amp;What would you like to be able to do?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ماذا تود أن تستطيع فعله؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="72"/>
        <source>Ideas appear below as you type. Press the down arrow to move to them.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تظهر الأفكار في الأسفل أثناء الكتابة. اضغط السهم للأسفل للانتقال إليها.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="76"/>
        <source>Any price</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أي سعر</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="78"/>
        <source>Free</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مجاني</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="79"/>
        <source>Most I want to spen&amp;d:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أقصى مبلغ أريد إنفاقه:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="81"/>
        <source>Any kind</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أي نوع</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="84"/>
        <source>&amp;Kind of idea:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>نوع الفكرة:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="86"/>
        <source>Any place</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أي مكان</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="87"/>
        <source>&amp;Place:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المكان:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="93"/>
        <source>Ideas</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأفكار</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="104"/>
        <location filename="../../carematch/gui/pages/find.py" line="335"/>
        <location filename="../../carematch/gui/pages/find.py" line="352"/>
        <location filename="../../carematch/gui/pages/find_guide.py" line="112"/>
        <source>Write a goal to see ideas.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتب هدفًا لترى الأفكار.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="106"/>
        <source>Search status</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حالة البحث</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="108"/>
        <source>About this idea</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن هذه الفكرة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="111"/>
        <source>Choose an idea to read about it here: what it is, how to get it, and what to be careful of.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر فكرة لتقرأ عنها هنا: ما هي، وكيف تحصل عليها، وما الذي يجب الانتباه إليه.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="117"/>
        <source>&amp;Try this…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تجربة هذه الفكرة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="119"/>
        <source>Start trying this idea as an experiment on a goal</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ابدأ تجربة هذه الفكرة على هدف من أهدافك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="121"/>
        <source>Wo&amp;rked for me</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>نجحت معي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="122"/>
        <source>&amp;Not for me</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا تناسبني</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="124"/>
        <source>Add to shortlist</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إضافة إلى القائمة المختصرة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="124"/>
        <source>Keep it to compare side by side</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>احتفظ بها للمقارنة جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="144"/>
        <source>&amp;Help me choose</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ساعدني على الاختيار</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="146"/>
        <source>Answer up to three questions instead of typing</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أجب عن ثلاثة أسئلة على الأكثر بدلًا من الكتابة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="175"/>
        <source>For example:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مثلًا:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="175"/>
        <source>Example goal: {what}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مثال على هدف: {what}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="345"/>
        <source>Loading the catalogue…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جارٍ تحميل الدليل…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="380"/>
        <source>Something went wrong while searching: {e}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حدث خطأ أثناء البحث: {e}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="391"/>
        <source>Only ideas about {what}: </source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأفكار التي تخص {what} فقط: </translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="399"/>
        <source>Why</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="409"/>
        <source>No ideas found.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لم يتم العثور على أفكار.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="455"/>
        <source>Why it came up:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>سبب ظهورها:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="485"/>
        <source>Marked &apos;{name}&apos; as worked for you.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم تحديد «{name}» على أنها نجحت معك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find.py" line="487"/>
        <source>Marked &apos;{name}&apos; as not for you. It will show lower down.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم تحديد «{name}» على أنها لا تناسبك. ستظهر في مكان أدنى من القائمة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/find_guide.py" line="166"/>
        <source>Write what you would like to do in your own words.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتب بكلماتك الخاصة ما تود أن تفعله.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/base.py" line="47"/>
        <source>Problem</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/base.py" line="54"/>
        <location filename="../../carematch/gui/dialogs/base.py" line="56"/>
        <source>Cancel</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/base.py" line="153"/>
        <source>Keep what you typed?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هل تريد الاحتفاظ بما كتبته؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/base.py" line="154"/>
        <source>You have typed something here. Save it before closing?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لقد كتبت شيئًا هنا. هل تريد حفظه قبل الإغلاق؟</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="66"/>
        <source>Edit goal</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تعديل الهدف</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="66"/>
        <source>New goal</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هدف جديد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="67"/>
        <source>Write what you would like to be able to do, in your own words.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتب بكلماتك الخاصة ما تود أن تستطيع فعله.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="70"/>
        <source>&amp;What would you like to be able to do?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ماذا تود أن تستطيع فعله؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="72"/>
        <source>W&amp;hy it matters to you:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لماذا يهمك:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="74"/>
        <source>&amp;Importance (1 to 10):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأهمية (من 1 إلى 10):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="80"/>
        <source>S&amp;tatus:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="85"/>
        <source>In your own words (optional)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>بكلماتك الخاصة (اختياري)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="87"/>
        <source>&amp;Remind me when this goal has gone quiet</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ذكّرني عندما يمر وقت على هذا الهدف دون تسجيل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="89"/>
        <source>Remind me when this goal has gone quiet</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ذكّرني عندما يمر وقت على هذا الهدف دون تسجيل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="95"/>
        <source>Write your goal first, in your own words.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتب هدفك أولًا، بكلماتك الخاصة.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="28"/>
        <location filename="../../carematch/gui/pages/goals.py" line="185"/>
        <source>Date</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="29"/>
        <location filename="../../carematch/gui/pages/goals.py" line="186"/>
        <source>How well</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مدى النجاح</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="30"/>
        <location filename="../../carematch/gui/pages/goals.py" line="187"/>
        <source>How happy</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مدى الرضا</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="31"/>
        <location filename="../../carematch/gui/pages/goals.py" line="188"/>
        <source>Level</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="32"/>
        <location filename="../../carematch/gui/pages/goals.py" line="189"/>
        <source>Note</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="53"/>
        <source>{day}: Note{by}: {text}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>{day}: ملاحظة{by}: {text}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="55"/>
        <source> from {who}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation> من {who}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="65"/>
        <source>Started</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>بدء</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="67"/>
        <source>Stopped</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="74"/>
        <source>1 check-in, on {a}. How well: {p}. How happy: {s}.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تسجيل واحد، في {a}. مدى النجاح: {p}. مدى الرضا: {s}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="82"/>
        <source>{n} check-ins from {a} to {b}. How well: {p0} then {p1}. How happy: {s0} then {s1}.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عدد التسجيلات: {n}، من {a} إلى {b}. مدى النجاح: {p0} ثم {p1}. مدى الرضا: {s0} ثم {s1}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goal_details.py" line="97"/>
        <source>Nothing logged yet.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا يوجد شيء مسجل بعد.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="76"/>
        <source>My goals</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أهدافي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="79"/>
        <source>Goals</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="82"/>
        <source>New &amp;goal…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هدف جديد…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="83"/>
        <source>&amp;Delete goal</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حذف الهدف</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="89"/>
        <source>Deleted</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم الحذف</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="90"/>
        <source>&amp;Undo</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="101"/>
        <location filename="../../carematch/gui/pages/goals.py" line="141"/>
        <source>My adaptations</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تعديلاتي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="102"/>
        <source>New &amp;adaptation…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تعديل جديد…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="105"/>
        <source>S&amp;hare as a recipe…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المشاركة كوصفة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="107"/>
        <source>Review what would be shared, then save a pack</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>راجع ما سيُشارك، ثم احفظ حزمة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="111"/>
        <source>My circle of su&amp;pport…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>دائرة الدعم الخاصة بي…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="113"/>
        <source>People who help you add notes and check-ins, with your say-so</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أشخاص يساعدونك يضيفون ملاحظات وتسجيلات، بموافقتك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="117"/>
        <source>Pa&amp;nel meeting view…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عرض اجتماع اللجنة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="119"/>
        <source>Large, calm pages of the goals you choose, for a meeting</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>صفحات كبيرة وهادئة للأهداف التي تختارها، من أجل اجتماع</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="123"/>
        <source>Share what wor&amp;ked, anonymously…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مشاركة ما نجح، دون ذكر الاسم…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="126"/>
        <source>A file of which ideas you kept, randomised so no one can be sure of your answers, for a group that pools them</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملف بالأفكار التي احتفظت بها، مع تغيير عشوائي حتى لا يتأكد أحد من إجاباتك، لمجموعة تجمع مثل هذه الملفات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="145"/>
        <source>Changes you made yourself that help, like a loop on a zip. You can share one with others as a recipe.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تغييرات أجريتها بنفسك وتساعدك، مثل حلقة تضيفها إلى السحّاب. يمكنك مشاركة واحد منها مع الآخرين كوصفة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="148"/>
        <source>About adaptations</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن التعديلات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="167"/>
        <source>&amp;Quick check-in…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تسجيل سريع…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="167"/>
        <source>Log how it is going; Enter saves</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>سجّل كيف تسير الأمور؛ الضغط على Enter يحفظ</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="169"/>
        <source>&amp;Edit goal…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تعديل الهدف…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="170"/>
        <source>New e&amp;xperiment…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تجربة جديدة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="175"/>
        <location filename="../../carematch/gui/pages/goals.py" line="244"/>
        <source>Experiments</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التجارب</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="182"/>
        <location filename="../../carematch/gui/pages/goals.py" line="253"/>
        <source>Check-ins</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="201"/>
        <source>Check-in columns</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أعمدة التسجيلات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="202"/>
        <location filename="../../carematch/gui/pages/goals.py" line="255"/>
        <source>Timeline</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="204"/>
        <source>Progress summary</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملخص التقدم</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="206"/>
        <source>My wins</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إنجازاتي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="209"/>
        <source>Rate the de&amp;vice…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تقييم الجهاز…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="211"/>
        <source>How satisfied you are with the chosen experiment</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مدى رضاك عن التجربة المختارة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="214"/>
        <source>Make a &amp;report…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إعداد تقرير…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="217"/>
        <source>Revie&amp;w experiments…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مراجعة التجارب…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="219"/>
        <source>Ideas you set out to try until now: keep, change or stop</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أفكار قررت تجربتها حتى الآن: الاحتفاظ بها أو تغييرها أو إيقافها</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="240"/>
        <source>Progress</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التقدم</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="247"/>
        <source>Ideas you are trying for a while, to see whether they help.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أفكار تجربها لفترة لترى هل تساعدك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="248"/>
        <source>About experiments</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن التجارب</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="292"/>
        <location filename="../../carematch/gui/pages/goals.py" line="363"/>
        <source>No goal chosen</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لم يتم اختيار هدف</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="363"/>
        <source>Open a vault to see your goals</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>افتح خزنة لترى أهدافك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="365"/>
        <source>Choose a goal, or make a new one.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر هدفًا، أو أنشئ هدفًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="371"/>
        <source>Importance {n} out of 10.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأهمية {n} من 10.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="372"/>
        <source>Status: {s}.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الحالة: {s}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="377"/>
        <source>Why it matters: {why}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لماذا يهمك: {why}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="388"/>
        <source>My wins:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إنجازاتي:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="397"/>
        <source>not started</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لم يبدأ بعد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="398"/>
        <source>{title} — {status}, from {when}. {sentence}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>{title} — {status}، منذ {when}. {sentence}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="415"/>
        <location filename="../../carematch/gui/pages/goals.py" line="422"/>
        <source>Goal saved.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم حفظ الهدف.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="436"/>
        <source>Check-in saved.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم حفظ التسجيل.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="458"/>
        <source>Well done! {win}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أحسنت! {win}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="465"/>
        <location filename="../../carematch/gui/pages/goals.py" line="474"/>
        <source>Experiment saved.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم حفظ التجربة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="483"/>
        <source>Add an experiment first, then rate the device.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أضف تجربة أولًا، ثم قيّم الجهاز.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="488"/>
        <source>Rating saved.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم حفظ التقييم.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="510"/>
        <source>Report saved: {path}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم حفظ التقرير: {path}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="513"/>
        <source>Making the report…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="523"/>
        <source>Add an adaptation first.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أضف تعديلًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="528"/>
        <source>Saved the recipe pack: {path}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم حفظ حزمة الوصفة: {path}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="542"/>
        <source>Open a vault first, and wait for the catalogue.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>افتح خزنة أولًا، وانتظر حتى يُحمَّل الدليل.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="547"/>
        <source>Saved {path}. Give it to the group that pools what worked.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم حفظ {path}. أعطه للمجموعة التي تجمع ما نجح.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="568"/>
        <source>Adaptation saved.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم حفظ التعديل.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="576"/>
        <source>Deleted “{goal}”.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم حذف «{goal}».</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="581"/>
        <source>Goal deleted. Press Alt+U to undo.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم حذف الهدف. اضغط Alt+U للتراجع.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/goals.py" line="591"/>
        <source>Brought it back.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تمت استعادته.</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="41"/>
        <source>Help me choose</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ساعدني على الاختيار</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="43"/>
        <source>No need to type: answer up to three questions and see ideas that fit.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا حاجة إلى الكتابة: أجب عن ثلاثة أسئلة على الأكثر وشاهد أفكارًا تناسبك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="110"/>
        <source>Question {n} of {of}: {question}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>السؤال {n} من {of}: {question}</translation>
    </message>
</context>
<context>
    <name>IdeaListActions</name>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="203"/>
        <source>Save these ideas as a &amp;goal…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ هذه الأفكار كهدف…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="205"/>
        <source>A new goal with the first ideas of this list to try</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هدف جديد مع أولى أفكار هذه القائمة لتجربتها</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="209"/>
        <source>Save this &amp;list…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ هذه القائمة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="209"/>
        <source>A text file you can print or keep</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملف نصي يمكنك طباعته أو الاحتفاظ به</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="212"/>
        <source>Pr&amp;int this list…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>طباعة هذه القائمة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="233"/>
        <source>Open your journal first: its goals are kept there.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>افتح دفتر يومياتك أولًا: فالأهداف محفوظة فيه.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="260"/>
        <source>Save this list</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ هذه القائمة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="261"/>
        <source>CareMatch ideas.txt</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أفكار CareMatch.txt</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="262"/>
        <source>Text you can print (*.txt)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>نص يمكنك طباعته (*.txt)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="269"/>
        <source>The list could not be saved: {e}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تعذّر حفظ القائمة: {e}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="271"/>
        <source>Saved the list as {name}.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم حفظ القائمة باسم {name}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="281"/>
        <source>Ideas from CareMatch</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أفكار من CareMatch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="283"/>
        <source>Sent the list to the printer.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم إرسال القائمة إلى الطابعة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="285"/>
        <source>The list could not be printed. Save it instead (Alt+L).</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تعذّرت طباعة القائمة. احفظها بدلًا من ذلك (Alt+L).</translation>
    </message>
</context>
<context>
    <name>ImportExportDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="451"/>
        <source>Make a vault from an export</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إنشاء خزنة من ملف تصدير</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="451"/>
        <source>&amp;Make the vault</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="453"/>
        <source>Make a new vault from a file made by Export everything.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أنشئ خزنة جديدة من ملف أُعدّ بخيار «تصدير كل شيء».</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="455"/>
        <source>&amp;Export file:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملف التصدير:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="456"/>
        <source>C&amp;hoose the file…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختيار الملف…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="457"/>
        <source>Choose the export file</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر ملف التصدير</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="460"/>
        <source>Passphrase of the e&amp;xport (if it has one):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عبارة المرور لملف التصدير (إن كانت له عبارة مرور):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="461"/>
        <source>My journal</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>دفتر يومياتي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="462"/>
        <source>&amp;Name for the new vault:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اسم الخزنة الجديدة:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="463"/>
        <source>&amp;Lock it with a passphrase (recommended)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>قفلها بعبارة مرور (يُنصح بذلك)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="464"/>
        <source>Lock it with a passphrase</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>قفلها بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="468"/>
        <source>&amp;Passphrase (8 characters or more):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عبارة المرور (8 أحرف أو أكثر):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="468"/>
        <source>Passphrase &amp;again:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عبارة المرور مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="483"/>
        <source>Choose the export</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر ملف التصدير</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="483"/>
        <source>CareMatch exports (*.zip *.cmx)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملفات تصدير CareMatch (*.zip *.cmx)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="494"/>
        <source>Choose the export file to make the vault from.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر ملف التصدير الذي ستُنشأ منه الخزنة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="498"/>
        <source>That file cannot be read.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا يمكن قراءة ذلك الملف.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="501"/>
        <source>This export is locked: type the passphrase it was saved with.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملف التصدير هذا مقفل: اكتب عبارة المرور التي حُفظ بها.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="510"/>
        <source>A vault called “{name}” already exists. Choose another name.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>توجد خزنة باسم «{name}» من قبل. اختر اسمًا آخر.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="70"/>
        <source>Invite someone</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>دعوة شخص</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="70"/>
        <source>&amp;Save the invite…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ الدعوة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="72"/>
        <source>Someone who helps you: they get a file to open in their own CareMatch.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>شخص يساعدك: يحصل على ملف يفتحه في برنامج CareMatch الخاص به.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="76"/>
        <source>&amp;Their name:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اسم الشخص:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="78"/>
        <source>For example: daughter, support worker, OT</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مثلًا: ابنتي، عامل دعم، أخصائي العلاج الوظيفي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="79"/>
        <source>&amp;Who they are to you:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>صلة الشخص بك:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="81"/>
        <source>&amp;Your name, as they know you:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اسمك كما يعرفك الشخص:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="87"/>
        <source>Write a name here.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتب اسمًا هنا.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="90"/>
        <source>Save the invite</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ الدعوة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="95"/>
        <source>Choose where to save the invite.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر مكان حفظ الدعوة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="100"/>
        <source>Saved the invite for {name}. Give it to them; when their reply comes, take it in here. Your code, to check with them: {code}.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم حفظ الدعوة الموجهة إلى {name}. أعطِ الدعوة للشخص؛ وعندما يصلك رده، استلمه من هنا. رمزك للتحقق معه: {code}.</translation>
    </message>
</context>
<context>
    <name>KeysHelpDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="23"/>
        <source>This list of keys</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>قائمة المفاتيح هذه</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="24"/>
        <source>Find ideas</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>البحث عن أفكار</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="25"/>
        <source>My goals</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أهدافي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="26"/>
        <source>Catalogue</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="27"/>
        <source>Settings</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="30"/>
        <source>Clients (for practitioners, when shown)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المستفيدون (للمختصين، عندما تكون الصفحة ظاهرة)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="34"/>
        <source>Clients: go to the search; type a few letters, Enter opens that client</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المستفيدون: الانتقال إلى البحث؛ اكتب بضعة أحرف، ثم اضغط Enter لفتح ملف ذلك المستفيد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="41"/>
        <source>Hide now: lock your journal at once, even from an open window</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إخفاء الآن: قفل دفتر يومياتك فورًا، حتى من نافذة مفتوحة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="47"/>
        <source>Check in on the goal a reminder named, or the one quiet longest</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التسجيل للهدف الذي ذكره التذكير، أو للهدف الذي مضى عليه أطول وقت دون تسجيل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="53"/>
        <source>Next or previous control</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>العنصر التالي أو السابق</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="57"/>
        <source>Go to that control or press that button</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الانتقال إلى ذلك العنصر أو ضغط ذلك الزر</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="61"/>
        <source>From the goal box, go to the ideas</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>من خانة الهدف، الانتقال إلى الأفكار</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="65"/>
        <source>In a list: open what is chosen. On a button: press it. In a form: save</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>في قائمة: فتح ما اخترته. على زر: ضغطه. في نموذج: الحفظ</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="72"/>
        <source>Close a window without saving (it asks first if you typed something)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إغلاق نافذة دون حفظ (يسألك أولًا إن كنت قد كتبت شيئًا)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="79"/>
        <source>Press the button or tick the box that has focus</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ضغط الزر أو تحديد المربع الذي عليه التركيز الآن</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="105"/>
        <source>Keyboard help</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مساعدة لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="109"/>
        <source>Every key you can use. Go through the list with the arrow keys.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كل المفاتيح التي يمكنك استخدامها. تنقّل في القائمة بمفاتيح الأسهم.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="113"/>
        <source>Keys</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="118"/>
        <source>{page}: {name}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>{page}: {name}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="126"/>
        <location filename="../../carematch/gui/dialogs/keys_help.py" line="127"/>
        <source>Close</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>LockedScreen</name>
    <message>
        <location filename="../../carematch/gui/lock.py" line="46"/>
        <source>CareMatch is locked</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>CareMatch مقفل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/lock.py" line="47"/>
        <source>Nothing is shown while it is locked.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا يظهر أي شيء ما دام مقفلًا.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/lock.py" line="48"/>
        <source>Lock status</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حالة القفل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/lock.py" line="49"/>
        <source>&amp;Unlock…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>فتح القفل…</translation>
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
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>CareMatch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="74"/>
        <source>Sections</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="86"/>
        <source>Settings</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="89"/>
        <source>&amp;Find ideas</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>البحث عن أفكار</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="90"/>
        <source>&amp;My goals</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أهدافي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="91"/>
        <source>&amp;Catalogue</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="92"/>
        <source>&amp;Settings</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="109"/>
        <source>Hide now</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إخفاء الآن</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="111"/>
        <source>Lock your journal and hide it at once (Ctrl+L)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>قفل دفتر يومياتك وإخفاؤه فورًا (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="115"/>
        <source>Locks your journal and hides everything personal. Shortcut: Control L.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>يقفل دفتر يومياتك ويخفي كل ما هو شخصي. الاختصار: Control L.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="119"/>
        <source>Keys</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="119"/>
        <source>Every keyboard shortcut in a list (F1)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كل اختصارات لوحة المفاتيح في قائمة (F1)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="122"/>
        <source>Keyboard help</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مساعدة لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="124"/>
        <source>Lists every keyboard shortcut. Shortcut: F1.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>يعرض كل اختصارات لوحة المفاتيح. الاختصار: F1.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="157"/>
        <source>Status</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="161"/>
        <source>Loading</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جارٍ التحميل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="177"/>
        <source>The catalogue could not be loaded: {msg}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تعذّر تحميل الدليل: {msg}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="210"/>
        <source>Clients</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="305"/>
        <source>My goals, Review experiments (Alt+W).</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أهدافي، مراجعة التجارب (Alt+W).</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="317"/>
        <source>CareMatch — a client&apos;s vault is open</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>CareMatch — خزنة أحد المستفيدين مفتوحة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="319"/>
        <source>CareMatch — {name}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>CareMatch — {name}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="359"/>
        <source>Locked because it was not used for a while.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم القفل لأنه لم يُستخدم لفترة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="360"/>
        <source>Locked because the computer&apos;s screen locked.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم القفل لأن شاشة الكمبيوتر قُفلت.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="362"/>
        <source>Nothing is shown while it is locked.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا يظهر أي شيء ما دام مقفلًا.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="367"/>
        <source>CareMatch is locked.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>CareMatch مقفل.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="386"/>
        <source>There is no vault called “{name}”.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا توجد خزنة باسم «{name}».</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="405"/>
        <source>Opening your vault…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جارٍ فتح خزنتك…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="416"/>
        <source>Your vault is open.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>خزنتك مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="450"/>
        <source>Write what you would like to be able to do, or press Help me choose.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتب ما تود أن تستطيع فعله، أو اضغط «ساعدني على الاختيار».</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="468"/>
        <source>Unlock to see your journal.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>افتح القفل لترى دفتر يومياتك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/main_window.py" line="485"/>
        <source>Started trying “{idea}”. Log how it goes under My goals.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>بدأت تجربة «{idea}». سجّل كيف تسير الأمور في صفحة أهدافي.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="101"/>
        <source>New client</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مستفيد جديد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="101"/>
        <source>&amp;Make the vault</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="103"/>
        <source>A name or initials for the client, and a passphrase for the client to keep.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اسم أو أحرف أولى للمستفيد، وعبارة مرور يحتفظ بها المستفيد.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="106"/>
        <source>Client&apos;s name or &amp;initials:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اسم المستفيد أو الأحرف الأولى من اسمه:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="109"/>
        <source>The &amp;client&apos;s passphrase (8 characters or more):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عبارة مرور المستفيد (8 أحرف أو أكثر):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="110"/>
        <source>Type it &amp;again:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتبها مرة أخرى:</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="416"/>
        <source>Lock your vault with a passphrase</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اقفل خزنتك بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="418"/>
        <source>Change the passphrase</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="420"/>
        <source>&amp;Lock it</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>قفلها</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="420"/>
        <source>&amp;Change it</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تغييرها</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="422"/>
        <source>Choose a passphrase that only you know, and type it twice.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر عبارة مرور لا يعرفها أحد غيرك، واكتبها مرتين.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="426"/>
        <source>Your vault will be encrypted. You will be given a recovery code that opens it if you forget the passphrase.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ستُشفَّر خزنتك. وستحصل على رمز استرداد يفتحها إذا نسيت عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="431"/>
        <source>About locking</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن القفل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="434"/>
        <source>&amp;New passphrase (8 characters or more):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عبارة المرور الجديدة (8 أحرف أو أكثر):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="434"/>
        <source>Type it &amp;again:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتبها مرة أخرى:</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="45"/>
        <source>Write notes</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كتابة ملاحظات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="45"/>
        <source>&amp;Save the notes…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ الملاحظات…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="46"/>
        <source>Only the person you write for can open the file.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا يستطيع فتح الملف إلا الشخص الذي تكتب له.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="51"/>
        <source>Any goal (they choose)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أي هدف (يختاره الشخص)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="54"/>
        <source>About &amp;which goal:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن أي هدف:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="57"/>
        <source>A &amp;note:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="58"/>
        <source>I saw how it went: add a check-in as mine</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>رأيت كيف سارت الأمور: أضف تسجيلًا باسمي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="63"/>
        <source>How &amp;well it went (1 to 10):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مدى نجاح الأمر (من 1 إلى 10):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="67"/>
        <source>How happ&amp;y they were (1 to 10):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مدى رضا الشخص (من 1 إلى 10):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="70"/>
        <source>On which &amp;day:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>في أي يوم:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="72"/>
        <source>An idea&apos;s name, for example: Kettle tipper</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اسم فكرة، مثلًا: أداة إمالة الغلاية</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="73"/>
        <source>An &amp;idea to suggest:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>فكرة تقترحها:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="90"/>
        <source>Write a note, tick the check-in or name an idea.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتب ملاحظة، أو حدد خانة التسجيل، أو اذكر اسم فكرة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="92"/>
        <source>Save the notes</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ الملاحظات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="95"/>
        <source>Choose where to save the notes.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر مكان حفظ الملاحظات.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="100"/>
        <source>That cannot be sent: {why}.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا يمكن إرسال ذلك: {why}.</translation>
    </message>
</context>
<context>
    <name>NothingFound</name>
    <message>
        <location filename="../../carematch/gui/pages/nothing_found.py" line="24"/>
        <source>Show them without that filter</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عرضها دون ذلك المرشّح</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/nothing_found.py" line="25"/>
        <source>Answer a few &amp;questions instead</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أجب عن بضعة أسئلة بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/nothing_found.py" line="44"/>
        <source>Show the {n} without {what}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عرض الأفكار ({n}) دون {what}</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../carematch/gui/ops.py" line="79"/>
        <source>Working</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جارٍ العمل</translation>
    </message>
</context>
<context>
    <name>OutcomesDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="39"/>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="107"/>
        <source>Outcomes across your caseload</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>النتائج لدى جميع المستفيدين لديك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="41"/>
        <source>What your clients achieved: a table of figures, then a chart of each.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما حققه المستفيدون لديك: جدول بالأرقام، ثم رسم بياني لكل منها.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="45"/>
        <source>Outcome figures</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أرقام النتائج</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="46"/>
        <source>What</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>البند</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="46"/>
        <source>Figure</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="71"/>
        <source>Nothing yet</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="79"/>
        <source>Charts</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="82"/>
        <source>The CSV holds one row per goal: numbers, months and catalogue ids only. No names, no words anyone wrote, no exact dates.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>يحتوي ملف CSV على صف واحد لكل هدف: أرقام وأشهر ومعرّفات الدليل فقط. لا أسماء، ولا أي كلمات كتبها أحد، ولا تواريخ دقيقة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="87"/>
        <source>About the CSV</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن ملف CSV</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="98"/>
        <source>&amp;Save as CSV…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الحفظ كملف CSV…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="100"/>
        <source>Close</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="119"/>
        <source>Save outcomes as CSV</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ النتائج كملف CSV</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/outcomes_dialog.py" line="119"/>
        <source>CSV files (*.csv)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PacksBox</name>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="46"/>
        <source>Catalogue packs</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حزم الدليل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="50"/>
        <source>A pack is a file of extra ideas made by a community group or another person. Importing one adds its ideas to your catalogue; your journal is not shared.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الحزمة ملف فيه أفكار إضافية أعدّتها مجموعة مجتمعية أو شخص آخر. استيراد حزمة يضيف أفكارها إلى دليلك؛ ولا تتم مشاركة دفتر يومياتك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="55"/>
        <source>About packs</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن الحزم</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="57"/>
        <source>Installed packs</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الحزم المثبّتة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="59"/>
        <source>&amp;Import a pack…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>استيراد حزمة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="60"/>
        <source>Remove the chosen pac&amp;k</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إزالة الحزمة المختارة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="63"/>
        <source>Pack progress</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تقدم الحزمة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="66"/>
        <source>Packs status</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حالة الحزم</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="68"/>
        <source>Let what worked for others ad&amp;just the order of ideas</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>السماح لما نجح مع الآخرين بتعديل ترتيب الأفكار</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="71"/>
        <source>Let what worked for others adjust the order of ideas</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>السماح لما نجح مع الآخرين بتعديل ترتيب الأفكار</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="75"/>
        <source>Ideas most people kept, in an evidence pack you imported, come a little higher, and their reason says so</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأفكار التي احتفظ بها معظم الناس، في حزمة أدلة استوردتها، تظهر في مكان أعلى قليلًا، ويذكر سبب ظهورها ذلك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="102"/>
        <source>Ideas most people kept now come a little higher.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأفكار التي احتفظ بها معظم الناس تظهر الآن في مكان أعلى قليلًا.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="104"/>
        <source>What worked for others no longer changes the order of ideas.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما نجح مع الآخرين لم يعد يغيّر ترتيب الأفكار.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="129"/>
        <source>{name} by {publisher}: {holds}, {signature}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>{name} من {publisher}: {holds}، {signature}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="153"/>
        <source>{step}: %p %</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>{step}: %p %</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="156"/>
        <source>{step}…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>{step}…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="164"/>
        <source>{step}: {n} %</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>{step}: {n} %</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="177"/>
        <source>Choose a pack</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر حزمة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="177"/>
        <source>CareMatch packs (*.cmpack *.zip)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حزم CareMatch (*.cmpack *.zip)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="189"/>
        <source>A pack is being checked or imported; wait for it to finish.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>يجري التحقق من حزمة أو استيرادها؛ انتظر حتى ينتهي ذلك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="192"/>
        <source>The catalogue is still loading; try again in a moment.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا يزال الدليل قيد التحميل؛ حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="194"/>
        <source>Checking pack</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جارٍ التحقق من الحزمة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="197"/>
        <source>This pack was refused: {why}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم رفض هذه الحزمة: {why}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="216"/>
        <source>Import this pack?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هل تريد استيراد هذه الحزمة؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="224"/>
        <source>Nothing was imported.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لم يتم استيراد أي شيء.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="231"/>
        <source>Importing pack</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جارٍ استيراد الحزمة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="237"/>
        <source>Imported “{name}”. Its ideas are in the catalogue now.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم استيراد «{name}». أفكارها موجودة الآن في الدليل.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="243"/>
        <source>The import failed, so nothing was kept: {why}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>فشل الاستيراد، لذلك لم يُحتفظ بأي شيء: {why}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/packs_box.py" line="263"/>
        <source>Removed the pack. Its ideas are gone from the catalogue.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تمت إزالة الحزمة. لم تعد أفكارها في الدليل.</translation>
    </message>
</context>
<context>
    <name>PanelGoalsDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="42"/>
        <source>Panel meeting</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اجتماع اللجنة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="42"/>
        <source>&amp;Start the panel view</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>بدء عرض اللجنة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="43"/>
        <source>Tick the goals to talk about. Nothing else will be shown.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حدد الأهداف التي ستتحدثون عنها. لن يظهر أي شيء آخر.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="57"/>
        <source>Tick at least one goal.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حدد هدفًا واحدًا على الأقل.</translation>
    </message>
</context>
<context>
    <name>PanelView</name>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="65"/>
        <source>Panel meeting</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اجتماع اللجنة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="68"/>
        <source>One goal at a time: what matters, what was tried, what changed and wins. Page Down for the next goal, Page Up for the one before.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هدف واحد في كل مرة: ما يهم، وما تمت تجربته، وما تغيّر، والإنجازات. اضغط Page Down للهدف التالي، أو Page Up للهدف السابق.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="77"/>
        <source>Which goal</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أي هدف</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="79"/>
        <source>About this goal</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن هذا الهدف</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="81"/>
        <source>&amp;What will be done:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما الذي سيُنجز:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="83"/>
        <source>W&amp;ho will do it:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>من سيقوم به:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="87"/>
        <source>&amp;By when:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>بحلول متى:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="88"/>
        <source>&amp;Add this step</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إضافة هذه الخطوة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="89"/>
        <source>&amp;Previous goal</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الهدف السابق</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="90"/>
        <source>&amp;Next goal</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الهدف التالي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="92"/>
        <source>&amp;Save for the notes…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الحفظ للملاحظات…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="92"/>
        <source>A PDF or web page of these goals</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملف PDF أو صفحة ويب لهذه الأهداف</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="94"/>
        <source>&amp;Close</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="96"/>
        <source>Panel status</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حالة اللجنة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="103"/>
        <source>A next step</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>خطوة تالية</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="137"/>
        <source>Goal {n} of {total}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الهدف {n} من {total}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="171"/>
        <source>Save the panel&apos;s notes</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ ملاحظات اللجنة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="173"/>
        <source>PDF (*.pdf);;Web page (*.html);;Spreadsheet (*.csv)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>PDF (*.pdf);;صفحة ويب (*.html);;جدول بيانات (*.csv)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/panel_view.py" line="184"/>
        <source>Saved {path}.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم حفظ {path}.</translation>
    </message>
</context>
<context>
    <name>PractitionerSetupDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="29"/>
        <source>Set up your caseload</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إعداد قائمة المستفيدين</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="29"/>
        <source>&amp;Set up caseload</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إعداد قائمة المستفيدين</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="32"/>
        <source>Choose one passphrase that opens every client vault in your caseload.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر عبارة مرور واحدة تفتح كل خزنات المستفيدين في قائمتك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="37"/>
        <source>Each client keeps their own passphrase. Yours opens the vaults you add to your caseload too, so you type one passphrase a day instead of one per client.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>يحتفظ كل مستفيد بعبارة المرور الخاصة به. وعبارة مرورك تفتح أيضًا الخزنات التي تضيفها إلى قائمتك، فتكتب عبارة مرور واحدة في اليوم بدلًا من عبارة لكل مستفيد.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="42"/>
        <source>About the caseload</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن قائمة المستفيدين</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="44"/>
        <source>Your &amp;name (for reports):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اسمك (للتقارير):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="45"/>
        <source>Your &amp;role:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>دورك:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="47"/>
        <source>Occupational therapist</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أخصائي العلاج الوظيفي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="50"/>
        <source>&amp;Practitioner passphrase (8 characters or more):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عبارة مرور المختص (8 أحرف أو أكثر):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="51"/>
        <source>Type it &amp;again:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتبها مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="58"/>
        <source>Type your name as reports should show it.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتب اسمك كما يجب أن يظهر في التقارير.</translation>
    </message>
</context>
<context>
    <name>PractitionerUnlockDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="70"/>
        <source>Unlock your caseload</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>فتح قائمة المستفيدين</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="70"/>
        <source>&amp;Unlock</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="71"/>
        <source>Type your practitioner passphrase to open your caseload.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتب عبارة مرور المختص لفتح قائمة المستفيدين.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="74"/>
        <source>&amp;Practitioner passphrase:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عبارة مرور المختص:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="75"/>
        <source>I&apos;ll use my &amp;recovery code instead</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>سأستخدم رمز الاسترداد بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/caseload_dialogs.py" line="76"/>
        <source>Use my recovery code instead</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>استخدام رمز الاسترداد بدلًا من ذلك</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../carematch/gui/chart.py" line="21"/>
        <source>Chart of how it has gone</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>رسم بياني لسير الأمور</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/chart.py" line="38"/>
        <source>No check-ins yet.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا توجد تسجيلات بعد.</translation>
    </message>
</context>
<context>
    <name>QuestDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="443"/>
        <source>Rate something you tried</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تقييم شيء جربته</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="444"/>
        <source>Score how happy you are with something you tried, from 1 to 5.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>قيّم مدى رضاك عن شيء جربته، من 1 إلى 5.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="455"/>
        <source>&amp;Which idea you tried:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الفكرة التي جربتها:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="460"/>
        <source>Not rated</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>بلا تقييم</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="463"/>
        <source>{label} (1 to 5):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>{label} (من 1 إلى 5):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="465"/>
        <source>&amp;Note (optional):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملاحظة (اختياري):</translation>
    </message>
</context>
<context>
    <name>RecommendWizard</name>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="79"/>
        <source>Write a recommendation</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كتابة توصية</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="82"/>
        <source>Six steps: who it is for, who signs it, the goals, what you recommend, the person&apos;s agreement, and a check of your answers before it is written.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ست خطوات: لمن هي، ومن يوقّعها، والأهداف، وما توصي به، وموافقة الشخص، ومراجعة إجاباتك قبل كتابتها.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="93"/>
        <source>Who is it for?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لمن هي؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="93"/>
        <source>The report is worded for the people who read it.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تُصاغ عبارات التقرير لتناسب من سيقرؤونه.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="104"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="107"/>
        <source>How the report names the person</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كيف يسمّي التقرير الشخص</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="108"/>
        <source>for example Mrs A</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مثلًا: السيدة أ</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="109"/>
        <source>&amp;Reference:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المرجع:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="110"/>
        <source>How it &amp;names the person:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كيف يسمّي الشخص:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="115"/>
        <source>Who signs it?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>من يوقّعها؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="115"/>
        <source>Your name and role.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اسمك ودورك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="118"/>
        <source>Your name</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="120"/>
        <source>Your role</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>دورك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="121"/>
        <source>Your &amp;name:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اسمك:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="122"/>
        <source>Your r&amp;ole:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>دورك:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="128"/>
        <source>Which goals?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أي الأهداف؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="128"/>
        <source>Only the ticked goals go in.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا يدخل إلا الأهداف المحددة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="131"/>
        <source>Goals to include</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأهداف المراد تضمينها</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="142"/>
        <source>What do you recommend?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>بماذا توصي؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="143"/>
        <source>Tick each item and write why in its row (press F2 to type the reason).</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حدد كل عنصر واكتب السبب في صفه (اضغط F2 لكتابة السبب).</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="147"/>
        <source>Items to recommend</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>العناصر الموصى بها</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="148"/>
        <source>Item</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="148"/>
        <source>Why</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="172"/>
        <source>Nothing is shortlisted or tried yet. Add ideas to the shortlist from Find ideas or the Catalogue first.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا يوجد شيء في القائمة المختصرة ولم تتم تجربة شيء بعد. أضف أفكارًا إلى القائمة المختصرة من «البحث عن أفكار» أو «الدليل» أولًا.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="182"/>
        <source>Show the person</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اعرضها على الشخص</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="183"/>
        <source>This is what the report will say. Go through it with the person.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هذا ما سيقوله التقرير. راجعه مع الشخص.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="185"/>
        <source>What the report will say</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما سيقوله التقرير</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="187"/>
        <source>The person has seen this and &amp;agrees to it</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اطّلع الشخص على هذا ويوافق عليه</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="189"/>
        <source>The person has seen this and agrees to it</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اطّلع الشخص على هذا ويوافق عليه</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="197"/>
        <source>Check your answers</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>راجع إجاباتك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="198"/>
        <source>Press Back to change anything. Nothing is written until you press Write.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اضغط «رجوع» لتغيير أي شيء. لن يُكتب شيء حتى تضغط «كتابة».</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="200"/>
        <source>Your answers</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إجاباتك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="202"/>
        <source>Kind of file</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="206"/>
        <source>&amp;Kind of file:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>نوع الملف:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="211"/>
        <source>&amp;Write…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كتابة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="231"/>
        <source>Write</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كتابة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="277"/>
        <source>Give your name, as the report should show it.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتب اسمك كما يجب أن يظهر في التقرير.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="282"/>
        <source>Tick at least one goal.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حدد هدفًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="287"/>
        <source>Tick at least one item to recommend.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حدد عنصرًا واحدًا على الأقل للتوصية به.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="300"/>
        <source>Tick the box once the person has seen the report and agrees to it.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حدد المربع بعد أن يطّلع الشخص على التقرير ويوافق عليه.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="308"/>
        <source>For: {who}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>موجه إلى: {who}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="309"/>
        <source>Reference: {reference}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المرجع: {reference}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="310"/>
        <source>The person: {person}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الشخص: {person}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="311"/>
        <source>you (their own copy)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أنت (نسختهم الخاصة)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="313"/>
        <source>Signed by: {name}, {role}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>بتوقيع: {name}، {role}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="314"/>
        <source>Goals: {n}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأهداف: {n}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="315"/>
        <source>Recommended: {ideas}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الموصى به: {ideas}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="316"/>
        <source>The person agreed: yes</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>وافق الشخص: نعم</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="324"/>
        <source>Save the recommendation</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ التوصية</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="230"/>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="238"/>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="345"/>
        <source>Your recovery code</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>رمز الاسترداد الخاص بك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="233"/>
        <source>Write this code down and keep it safe. It opens your vault if you forget the passphrase.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتب هذا الرمز واحفظه في مكان آمن. فهو يفتح خزنتك إذا نسيت عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="242"/>
        <source>If you forget your passphrase, this code opens your vault. Write it down now and keep it somewhere safe. It will not be shown again.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إذا نسيت عبارة المرور، فهذا الرمز يفتح خزنتك. اكتبه الآن واحفظه في مكان آمن. لن يُعرض مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="247"/>
        <source>About the recovery code</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="251"/>
        <source>Recovery code</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="261"/>
        <source>&amp;Save it as a file…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظه كملف…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="263"/>
        <source>A text file to print or keep somewhere safe, away from this computer</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملف نصي تطبعه أو تحفظه في مكان آمن، بعيدًا عن هذا الكمبيوتر</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="267"/>
        <source>&amp;Print it…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>طباعته…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="267"/>
        <source>Print the code to keep with your papers</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اطبع الرمز لتحتفظ به مع أوراقك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="278"/>
        <source>To check you have it, type its &amp;last four characters:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>للتأكد من أنه معك، اكتب آخر أربعة أحرف منه:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="283"/>
        <source>Problem</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="288"/>
        <source>I have written it &amp;down</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لقد كتبته</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="290"/>
        <source>I have written it down</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لقد كتبته</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="303"/>
        <source>Those are not the last four characters of the code. Look at the code above and type its last four, so you know you have it.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هذه ليست آخر أربعة أحرف من الرمز. انظر إلى الرمز في الأعلى واكتب آخر أربعة أحرف منه، لتتأكد من أنه معك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="321"/>
        <source>Save the recovery code</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="322"/>
        <source>CareMatch recovery code.txt</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>رمز استرداد CareMatch.txt</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="323"/>
        <source>Text (*.txt)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>نص (*.txt)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="330"/>
        <source>It could not be saved: {e}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تعذّر حفظه: {e}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="332"/>
        <source>Saved as {name}.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم الحفظ باسم {name}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="338"/>
        <source>CareMatch recovery code

{code}

It opens your vault if you forget the passphrase. Keep it safe, away from this computer.
</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>رمز استرداد CareMatch

{code}

هذا الرمز يفتح خزنتك إذا نسيت عبارة المرور. احفظه في مكان آمن، بعيدًا عن هذا الكمبيوتر.
</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="347"/>
        <source>Sent to the printer.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم الإرسال إلى الطابعة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="349"/>
        <source>It could not be printed. Save it as a file instead (Alt+S).</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تعذّرت الطباعة. احفظه كملف بدلًا من ذلك (Alt+S).</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="43"/>
        <location filename="../../carematch/gui/reminders.py" line="48"/>
        <source>Reminder</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تذكير</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="50"/>
        <source>Check in now ({key})</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التسجيل الآن ({key})</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="52"/>
        <source>Check in now</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التسجيل الآن</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="53"/>
        <source>Log how it is going for this goal. Shortcut: Control J.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>سجّل كيف تسير الأمور في هذا الهدف. الاختصار: Control J.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="56"/>
        <source>Remind me tomorrow</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ذكّرني غدًا</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="58"/>
        <source>Stop reminding me about this goal</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أوقف التذكير بهذا الهدف</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="60"/>
        <source>Not now</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="60"/>
        <source>Hide this reminder</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إخفاء هذا التذكير</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsBox</name>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="46"/>
        <source>Reminders</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="48"/>
        <source>Se&amp;nd me a desktop reminder to check in</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أرسل لي تذكيرًا على سطح المكتب للتسجيل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="49"/>
        <source>Send me a desktop reminder to check in</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أرسل لي تذكيرًا على سطح المكتب للتسجيل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="51"/>
        <source>At this time each day:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>في هذا الوقت من كل يوم:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="54"/>
        <source>At most this many a day:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الحد الأقصى في اليوم:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="56"/>
        <source>&amp;Quiet hours, from:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ساعات الهدوء، من:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="58"/>
        <source>Quiet hours, until:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ساعات الهدوء، حتى:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="60"/>
        <source>Show my goal&apos;s words in reminders (others may see your screen)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أظهر كلمات هدفي في التذكيرات (قد يرى الآخرون شاشتك)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="62"/>
        <source>Show my goal&apos;s words in reminders</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أظهر كلمات هدفي في التذكيرات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="64"/>
        <source>Sa&amp;y when a goal has gone quiet, as my journal opens</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>نبّهني عند فتح دفتر يومياتي إذا مر وقت على هدف دون تسجيل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="66"/>
        <source>Say when a goal has gone quiet</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>نبّهني إذا مر وقت على هدف دون تسجيل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="68"/>
        <source>Save review dates to my calendar…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ مواعيد المراجعة في التقويم الخاص بي…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="71"/>
        <source>An .ics file to import into your own calendar. It says only “CareMatch review” unless you chose to show your goal&apos;s words.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملف تقويم (ics) تستورده إلى التقويم الخاص بك. لا يذكر إلا «مراجعة CareMatch» ما لم تختر إظهار كلمات هدفك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="77"/>
        <source>About reminders</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن التذكيرات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="78"/>
        <source>Keep CareMatch in the system tray when I close it</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أبقِ CareMatch في علبة النظام عندما أغلقه</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="79"/>
        <source>Keep CareMatch in the system tray</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أبقِ CareMatch في علبة النظام</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="81"/>
        <source>This desktop has no system tray, so it cannot be used</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا توجد علبة نظام في سطح المكتب هذا، لذلك لا يمكن استخدام هذا الخيار</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="83"/>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="84"/>
        <source>Start CareMatch quietly when I log in</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>شغّل CareMatch بهدوء عند دخولي إلى الكمبيوتر</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="86"/>
        <source>A journal with a passphrase stays locked until you open it.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>دفتر اليوميات المحمي بعبارة مرور يبقى مقفلًا حتى تفتحه.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="145"/>
        <source>These choices are kept in this journal. Reminders only come while it is open and not hidden, and say only “Time for a CareMatch check-in” unless you choose to show your goal&apos;s words.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تُحفظ هذه الخيارات في دفتر اليوميات هذا. لا تصل التذكيرات إلا وهو مفتوح وغير مخفي، ولا تقول إلا «حان وقت التسجيل في CareMatch» ما لم تختر إظهار كلمات هدفك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="150"/>
        <source>Open a journal to choose its reminders.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>افتح دفتر يوميات لتختار تذكيراته.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="180"/>
        <source>Save review dates for your calendar</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ مواعيد المراجعة للتقويم الخاص بك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="182"/>
        <source>Calendar files (*.ics)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/reminder_settings.py" line="198"/>
        <source>This desktop has no system tray, so CareMatch closes as usual.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا توجد علبة نظام في سطح المكتب هذا، لذلك يُغلق CareMatch كالمعتاد.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="154"/>
        <location filename="../../carematch/gui/reminders.py" line="260"/>
        <source>Check in now</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التسجيل الآن</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="178"/>
        <source>Press Control J to check in now.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اضغط Control J للتسجيل الآن.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="212"/>
        <location filename="../../carematch/gui/reminders.py" line="213"/>
        <source>No goal is waiting for a check-in.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا يوجد هدف ينتظر تسجيلًا.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="255"/>
        <source>CareMatch — check-in reminders</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>CareMatch — تذكيرات التسجيل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="257"/>
        <source>CareMatch</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>CareMatch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="258"/>
        <source>Show CareMatch</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إظهار CareMatch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="262"/>
        <source>Hide now (lock)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إخفاء الآن (قفل)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/reminders.py" line="265"/>
        <source>Quit CareMatch</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الخروج من CareMatch</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="23"/>
        <source>Make a report</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إعداد تقرير</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="23"/>
        <source>&amp;Save report…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ التقرير…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="24"/>
        <source>Choose what goes into a report you can print or save.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر ما يدخل في تقرير يمكنك طباعته أو حفظه.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="39"/>
        <source>&amp;Goals to include (Space ticks):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأهداف المراد تضمينها (مفتاح Space يحدد):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="40"/>
        <source>Include my check-in &amp;notes</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تضمين ملاحظات تسجيلاتي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="41"/>
        <source>Include my check-in notes</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تضمين ملاحظات تسجيلاتي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="43"/>
        <source>Include &amp;charts</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تضمين الرسوم البيانية</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="44"/>
        <source>Include charts</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تضمين الرسوم البيانية</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="47"/>
        <source>Include my &amp;wins</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تضمين إنجازاتي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="48"/>
        <source>Include my wins</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تضمين إنجازاتي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="72"/>
        <source>Tick at least one goal to put in the report.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حدد هدفًا واحدًا على الأقل ليدخل في التقرير.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="75"/>
        <source>Save the report</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="77"/>
        <source>PDF (*.pdf);;Web page (*.html);;Spreadsheet (*.csv)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>PDF (*.pdf);;صفحة ويب (*.html);;جدول بيانات (*.csv)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/report_dialog.py" line="80"/>
        <source>Choose where to save the report.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر مكان حفظ التقرير.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="44"/>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="90"/>
        <source>Reviews due</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مراجعات حان وقتها</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="46"/>
        <source>Each idea you set out to try until today: keep it, change it, or stop.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كل فكرة قررت تجربتها حتى اليوم: احتفظ بها، أو غيّرها، أو أوقفها.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="49"/>
        <source>Experiments to review</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تجارب للمراجعة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="51"/>
        <source>What your check-ins show</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما تظهره تسجيلاتك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="55"/>
        <source>A note about your decision</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملاحظة عن قرارك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="56"/>
        <source>A &amp;note, if you like:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملاحظة، إن أردت:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="57"/>
        <source>&amp;Keep it</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الاحتفاظ بها</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="58"/>
        <source>&amp;Change something and try again</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تغيير شيء والتجربة مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="59"/>
        <source>&amp;Stop</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="63"/>
        <source>How many days without it</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كم يومًا دونها</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="65"/>
        <source>Try &amp;without it for</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التجربة دونها لمدة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="67"/>
        <source>A few days without the idea shows whether it really helps</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>بضعة أيام دون الفكرة تُظهر هل تساعد حقًا</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="70"/>
        <source>Make the kept idea my &amp;adaptation</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جعل الفكرة التي احتفظت بها من تعديلاتي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="72"/>
        <source>Keep it with your own adaptations, ready to share as a recipe</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>احفظها مع تعديلاتك الخاصة، جاهزة للمشاركة كوصفة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="77"/>
        <source>Review status</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حالة المراجعة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="114"/>
        <source>{title}, for “{goal}” (review on {day})</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>{title}، للهدف «{goal}» (المراجعة في {day})</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="132"/>
        <source>Nothing to review today.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا يوجد ما يُراجع اليوم.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/review_dialog.py" line="178"/>
        <source>“{title}” is now one of your adaptations (My goals, Adaptations), ready to share as a recipe.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أصبحت «{title}» الآن من تعديلاتك (أهدافي، التعديلات)، جاهزة للمشاركة كوصفة.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="58"/>
        <source>Settings</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="60"/>
        <source>How it looks</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="64"/>
        <source>Te&amp;xt size:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حجم النص:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="65"/>
        <source>&amp;High contrast (yellow on black)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تباين عالٍ (أصفر على أسود)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="66"/>
        <source>High contrast</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="67"/>
        <source>F&amp;ollow the computer&apos;s contrast setting</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اتباع إعداد التباين في الكمبيوتر</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="68"/>
        <source>Follow the computer&apos;s contrast setting</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اتباع إعداد التباين في الكمبيوتر</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="75"/>
        <source>Not sure, or outside the UK</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لست متأكدًا، أو خارج المملكة المتحدة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="80"/>
        <source>Councils, the NHS and schools differ across the UK: your nation&apos;s ways come first</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تختلف المجالس المحلية وهيئة الخدمات الصحية (NHS) والمدارس بين أنحاء المملكة المتحدة: تظهر أولًا الطرق المتبعة في الجزء الذي تعيش فيه</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="83"/>
        <source>Where in the UK yo&amp;u live:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مكان سكنك في المملكة المتحدة:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="87"/>
        <source>The computer&apos;s language</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لغة الحاسوب</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="92"/>
        <source>Lan&amp;guage:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="95"/>
        <source>Use this language now</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>استخدم هذه اللغة الآن</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="97"/>
        <source>Changes every word on screen at once; your journal stays open</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>يغيّر كل كلمة على الشاشة فورًا، ويبقى دفترك مفتوحًا</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="103"/>
        <source>Your vault</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>خزنتك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="105"/>
        <source>Vault details</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تفاصيل الخزنة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="106"/>
        <source>S&amp;witch vault…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التبديل إلى خزنة أخرى…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="107"/>
        <source>M&amp;ake a vault from an export…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إنشاء خزنة من ملف تصدير…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="108"/>
        <source>Change &amp;passphrase…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="109"/>
        <source>&amp;Back up now</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="110"/>
        <source>&amp;Restore a backup…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>استعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="111"/>
        <source>Export e&amp;verything…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تصدير كل شيء…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="112"/>
        <source>&amp;Erase this vault…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مسح هذه الخزنة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="129"/>
        <source>Locking</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>القفل</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="133"/>
        <source>&amp;Lock after this long without use:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>القفل بعد هذه المدة دون استخدام:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="135"/>
        <location filename="../../carematch/gui/pages/settings.py" line="138"/>
        <source>Lock when the screen locks or the computer goes to sleep</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>القفل عند قفل الشاشة أو عند دخول الكمبيوتر في وضع السكون</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="142"/>
        <source>To hide everything at once, press Ctrl+L or the “Hide now” button at the top right. A locked vault with a passphrase asks for it again.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لإخفاء كل شيء فورًا، اضغط Ctrl+L أو زر «إخفاء الآن» في أعلى النافذة. الخزنة المقفلة المحمية بعبارة مرور تطلبها منك مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="147"/>
        <source>About hiding</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن الإخفاء</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="153"/>
        <source>For practitioners</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>للمختصين</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="155"/>
        <source>Show the Clients page (a caseloa&amp;d of client vaults)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إظهار صفحة المستفيدين (قائمة بخزنات المستفيدين)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="157"/>
        <source>Show the Clients page</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إظهار صفحة المستفيدين</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="159"/>
        <source>Show the client&apos;s name in the window &amp;title</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إظهار اسم المستفيد في عنوان النافذة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="161"/>
        <source>Show the client&apos;s name in the window title</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إظهار اسم المستفيد في عنوان النافذة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="162"/>
        <source>Off by default: screens get shared in meetings</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>غير مفعّل افتراضيًا: فالشاشات تُعرض على الآخرين في الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="170"/>
        <source>Settings status</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حالة الإعدادات</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="225"/>
        <source>No vault is open.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا توجد خزنة مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="228"/>
        <source>protected with a passphrase</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>محمية بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="230"/>
        <source>not protected by a passphrase</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>غير محمية بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="233"/>
        <source>“{name}”, {state}. Kept in {folder}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>«{name}»، {state}. محفوظة في {folder}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="268"/>
        <source>Ways to get ideas in {nation} now come first.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تظهر الآن أولًا طرق الحصول على الأفكار في {nation}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="270"/>
        <source>Ways to get ideas are shown for the whole UK.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تظهر طرق الحصول على الأفكار للمملكة المتحدة كلها.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="282"/>
        <source>CareMatch will be in {language} the next time it starts, or now if you press “Use this language now”.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>سيظهر CareMatch بلغة {language} عند تشغيله في المرة القادمة، أو الآن إذا ضغطت «استخدم هذه اللغة الآن».</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="287"/>
        <source>CareMatch is in {language}.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>يظهر CareMatch بلغة {language}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="311"/>
        <source>Backing up your vault…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جارٍ النسخ الاحتياطي لخزنتك…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="319"/>
        <source>There are no backups yet.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا توجد نسخ احتياطية بعد.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="323"/>
        <source>Restore a backup</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="324"/>
        <source>Choose a backup (newest first):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر نسخة احتياطية (الأحدث أولًا):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="330"/>
        <source>Restoring the backup…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جارٍ استعادة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="338"/>
        <source>Export everything</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تصدير كل شيء</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="338"/>
        <source>Zip files (*.zip)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ملفات Zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="346"/>
        <source>Protect the export?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هل تريد حماية ملف التصدير؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="348"/>
        <source>The export holds everything in your vault. Give it a passphrase to encrypt it, or leave this empty to save it unprotected:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>يحتوي ملف التصدير على كل ما في خزنتك. ضع له عبارة مرور لتشفيره، أو اترك هذه الخانة فارغة لحفظه دون حماية:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="362"/>
        <source>Exporting everything…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جارٍ تصدير كل شيء…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="380"/>
        <source>Encrypting your vault…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جارٍ تشفير خزنتك…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="380"/>
        <source>Changing the passphrase…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جارٍ تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="400"/>
        <source>Making the vault from the export…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جارٍ إنشاء الخزنة من ملف التصدير…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="410"/>
        <source>Erase this vault</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مسح هذه الخزنة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="412"/>
        <source>This erases “{name}” and all its backups for good. It cannot be undone.
Type the vault&apos;s name to confirm:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>سيؤدي هذا إلى مسح «{name}» وكل نسخها الاحتياطية نهائيًا. لا يمكن التراجع عن ذلك.
اكتب اسم الخزنة للتأكيد:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/settings.py" line="417"/>
        <source>Nothing was erased.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لم يُمسح أي شيء.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/language_switch.py" line="54"/>
        <source>CareMatch is now in {language}.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>يظهر CareMatch الآن بلغة {language}.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="109"/>
        <source>What they may see</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما يمكنهم رؤيته</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="110"/>
        <source>Only what you tick here ever goes to them, in a summary file.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا يصل إليهم إلا ما تحدده هنا، في ملف ملخص.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="117"/>
        <source>&amp;They may see:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>يمكنهم رؤية:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/circle_dialog.py" line="132"/>
        <source>Tick at least one goal, or choose Nothing.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حدد هدفًا واحدًا على الأقل، أو اختر «لا شيء».</translation>
    </message>
</context>
<context>
    <name>ShareRecipeDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="38"/>
        <source>Share as a recipe</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>المشاركة كوصفة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="38"/>
        <source>&amp;Save the pack…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ الحزمة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="39"/>
        <source>Check what would be shared, then save it as a pack for others.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تحقق مما سيُشارك، ثم احفظه كحزمة للآخرين.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="45"/>
        <source>Remove the {kind} “{text}” (in {field})</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إزالة {kind} «{text}» (في {field})</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="54"/>
        <source>No personal details were found.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لم يتم العثور على أي تفاصيل شخصية.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="55"/>
        <source>&amp;Personal details (ticked ones are removed):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>التفاصيل الشخصية (المحدد منها يُزال):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="57"/>
        <source>Getting the photos ready…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>جارٍ تجهيز الصور…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="61"/>
        <source>P&amp;hotos (ticked ones are shared):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الصور (المحدد منها يُشارك):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="62"/>
        <source>Exactly what will be shared</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما سيُشارك بالضبط</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="63"/>
        <source>&amp;Exactly what will be shared:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما سيُشارك بالضبط:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="84"/>
        <source>This adaptation has no photos.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لا توجد صور لهذا التعديل.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="90"/>
        <source>The photos could not be read, so none will be shared: {why}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تعذّرت قراءة الصور، لذلك لن تُشارك أي صورة: {why}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="124"/>
        <source>Photos: {n} (location and camera details removed).</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الصور: {n} (مع إزالة الموقع وتفاصيل الكاميرا).</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="153"/>
        <source>Add a little more about your adaptation first: {why}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أضف مزيدًا من التفاصيل عن تعديلك أولًا: {why}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="157"/>
        <source>Save the recipe pack</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ حزمة الوصفة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="159"/>
        <source>CareMatch packs (*.cmpack)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حزم CareMatch (*.cmpack)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/share_recipe.py" line="162"/>
        <source>Choose where to save the pack.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختر مكان حفظ الحزمة.</translation>
    </message>
</context>
<context>
    <name>ShortlistDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="94"/>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="114"/>
        <source>Shortlist</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>القائمة المختصرة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="96"/>
        <source>Tick two to four ideas and press Compare to see them side by side.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حدد من فكرتين إلى أربع أفكار واضغط «مقارنة» لتراها جنبًا إلى جنب.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="99"/>
        <source>Shortlisted ideas</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الأفكار في القائمة المختصرة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="101"/>
        <source>Shortlist status</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حالة القائمة المختصرة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="102"/>
        <source>&amp;Compare the ticked ideas</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مقارنة الأفكار المحددة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="103"/>
        <source>&amp;Remove the chosen idea</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إزالة الفكرة المختارة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="129"/>
        <source>{id} (no longer in the catalogue)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>{id} (لم تعد في الدليل)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="137"/>
        <source>The shortlist is empty. Add ideas from Find ideas or the Catalogue.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>القائمة المختصرة فارغة. أضف أفكارًا من «البحث عن أفكار» أو «الدليل».</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="139"/>
        <source>Tick {low} to {high} ideas, then press Compare.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حدد من {low} إلى {high} أفكار، ثم اضغط «مقارنة».</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/compare_dialogs.py" line="170"/>
        <source>Took “{name}” off the shortlist.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تمت إزالة «{name}» من القائمة المختصرة.</translation>
    </message>
</context>
<context>
    <name>SupportingDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="113"/>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="120"/>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="133"/>
        <source>People I support</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أشخاص أدعمهم</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="116"/>
        <source>Join someone&apos;s circle from their invite, write them notes, read what they share.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>انضم إلى دائرة شخص ما من خلال دعوته، واكتب له ملاحظات، واقرأ ما يشاركه.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="122"/>
        <source>&amp;Join a circle…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الانضمام إلى دائرة…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="122"/>
        <source>From an invite file</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>من ملف دعوة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="124"/>
        <source>&amp;Write them notes…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>كتابة ملاحظات للشخص…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="125"/>
        <source>&amp;Take in their summary…</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>استلام ملخص الشخص…</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="126"/>
        <source>What they shared</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما شاركه</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="128"/>
        <source>Status</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="139"/>
        <source>What they shared (to read only)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما شاركه (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="152"/>
        <source>{name} (they know you as {me})</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>{name} (يعرفك باسم {me})</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="172"/>
        <source>Nothing shared yet.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لم تتم مشاركة شيء بعد.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="188"/>
        <source>Open the invite</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>فتح الدعوة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="192"/>
        <source>Save your reply</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حفظ ردك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="199"/>
        <source>Refused, and nothing was changed: {why}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تم الرفض، ولم يتغيّر شيء: {why}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="204"/>
        <source>You joined {name}&apos;s circle. Give them the reply. Check the codes together: theirs is {theirs}, yours is {mine}.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>انضممت إلى دائرة {name}. أعطه الرد. تحققا من الرمزين معًا: رمزه {theirs}، ورمزك {mine}.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/supporting_dialog.py" line="218"/>
        <source>Take in a summary</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>استلام ملخص</translation>
    </message>
</context>
<context>
    <name>TrailBar</name>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="175"/>
        <source>Your answers</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إجاباتك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="177"/>
        <source>&amp;Back</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="177"/>
        <source>Change the last answer (Backspace)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تغيير الإجابة الأخيرة (Backspace)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="179"/>
        <source>Start &amp;again</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/pages/guide_panel.py" line="187"/>
        <source>Your answers: {trail}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إجاباتك: {trail}</translation>
    </message>
</context>
<context>
    <name>TryThisDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="395"/>
        <source>Try: {idea}</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تجربة: {idea}</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="395"/>
        <source>&amp;Start trying</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>بدء التجربة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="397"/>
        <source>Start trying this idea, on a goal you have or on a new one.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ابدأ تجربة هذه الفكرة، على هدف لديك أو على هدف جديد.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="401"/>
        <source>A new goal</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هدف جديد</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="404"/>
        <source>&amp;For which goal?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لأي هدف؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="406"/>
        <source>New &amp;goal in your words:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>هدف جديد بكلماتك:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="411"/>
        <source>Optional</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/journal_forms.py" line="412"/>
        <source>What do you &amp;expect?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ماذا تتوقع؟</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="188"/>
        <source>Open “{name}”</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>فتح «{name}»</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="188"/>
        <source>&amp;Open</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="190"/>
        <source>Type the passphrase or the recovery code to open this vault.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اكتب عبارة المرور أو رمز الاسترداد لفتح هذه الخزنة.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="194"/>
        <source>&amp;Passphrase:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="195"/>
        <source>I&apos;ll use my &amp;recovery code instead</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>سأستخدم رمز الاسترداد بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="196"/>
        <source>Use my recovery code instead</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>استخدام رمز الاسترداد بدلًا من ذلك</translation>
    </message>
</context>
<context>
    <name>VaultProblemDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="367"/>
        <source>We could not open your vault</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لم نتمكن من فتح خزنتك</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="369"/>
        <source>&amp;Restore the newest good backup</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>استعادة أحدث نسخة احتياطية سليمة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="369"/>
        <source>&amp;OK</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="371"/>
        <source>What went wrong, and what you can do about it.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما الخطأ الذي حدث، وما يمكنك فعله.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="375"/>
        <source>What happened</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="383"/>
        <source>Nothing has been changed. CareMatch keeps backups of your vault; restoring puts back the newest one that is healthy. What you wrote after it was made will be missing.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>لم يتغيّر أي شيء. يحتفظ CareMatch بنسخ احتياطية من خزنتك؛ والاستعادة تعيد أحدث نسخة سليمة. ما كتبته بعد إنشاء تلك النسخة لن يكون موجودًا.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="389"/>
        <source>About restoring</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن الاستعادة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="393"/>
        <source>&amp;Passphrase:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عبارة المرور:</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="108"/>
        <source>Welcome to CareMatch</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مرحبًا بك في CareMatch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="108"/>
        <source>&amp;Continue</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="109"/>
        <source>Make a vault for your journal, or open one you have.</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>أنشئ خزنة لدفتر يومياتك، أو افتح خزنة لديك.</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="112"/>
        <source>About CareMatch</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عن CareMatch</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="121"/>
        <source>Te&amp;xt size:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>حجم النص:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="122"/>
        <source>&amp;High contrast (yellow on black)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تباين عالٍ (أصفر على أسود)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="123"/>
        <source>High contrast</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="133"/>
        <source>Start a new private journal on this computer</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ابدأ دفتر يوميات خاصًا جديدًا على هذا الكمبيوتر</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="134"/>
        <source>Make a vault from an export file</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>إنشاء خزنة من ملف تصدير</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="136"/>
        <source>Open “{name}”</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>فتح «{name}»</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="137"/>
        <source>&amp;What would you like to do?</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>ماذا تود أن تفعل؟</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="138"/>
        <source>My journal</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>دفتر يومياتي</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="139"/>
        <source>&amp;Name for your journal:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>اسم دفتر يومياتك:</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="140"/>
        <source>&amp;Lock it with a passphrase (recommended)</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>قفله بعبارة مرور (يُنصح بذلك)</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="143"/>
        <source>Lock it with a passphrase</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>قفله بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="145"/>
        <source>&amp;Passphrase (8 characters or more):</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عبارة المرور (8 أحرف أو أكثر):</translation>
    </message>
    <message>
        <location filename="../../carematch/gui/dialogs/vault_dialogs.py" line="145"/>
        <source>Passphrase &amp;again:</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>عبارة المرور مرة أخرى:</translation>
    </message>
</context>
<context>
    <name>WizardStep</name>
    <message>
        <location filename="../../carematch/gui/dialogs/recommend_wizard.py" line="57"/>
        <source>Problem</source>
        <translatorcomment>machine-assisted: needs review by an Arabic speaker</translatorcomment>
        <translation>مشكلة</translation>
    </message>
</context>
</TS>
