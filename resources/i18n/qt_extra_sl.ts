<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI" sourcelanguage="en_US">
    <context>
        <name>Form</name>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>0</source>
            <translation>0</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Samodejno prilagodi os, ko se prikazani podatki spremenijo.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Omogoči premikanje in povečavo osi z miško.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Obrne prikaz osi (+y kaže navzdol namesto navzgor).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Poveže os z drugim pogledom; povezana pogleda prikazujeta isti obseg podatkov.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Največja prikazana vrednost na osi.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Najmanjša prikazana vrednost na osi.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Delež podatkov, vidnih pri samodejnem merilu; pri podatkih z izrazitimi skoki ga zmanjšajte.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Ročno nastavi obseg osi; samodejno merilo se izklopi.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Os se samodejno premakne na sredino podatkov, merilo pa se ne spremeni.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Os se samodejno prilagodi le podatkom, vidnim vzdolž pravokotne osi.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Alpha</source>
            <translation>Prosojnost</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Samodejno</translation>
        </message>
        <message>
            <source>Auto Pan Only</source>
            <translation>Le samodejni premik</translation>
        </message>
        <message>
            <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
            <translation>Samodejno redči podatke glede na vidni obseg (vrednosti X morajo biti enakomerno razporejene).</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Povprečje</translation>
        </message>
        <message>
            <source>Clip to View</source>
            <translation>Obreži na pogled</translation>
        </message>
        <message>
            <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
            <translation>Prikaže povprečja krivulj v grafu; s seznamom parametrov izberete, po katerih se povpreči (če obstajajo).</translation>
        </message>
        <message>
            <source>Downsample</source>
            <translation>Redčenje</translation>
        </message>
        <message>
            <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
            <translation>Redči z žagasto krivuljo med najmanjšimi in največjimi vrednostmi; najboljši prikaz, a počasnejši.</translation>
        </message>
        <message>
            <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
            <translation>Redči tako, da vzame prvega od N vzorcev; najhitreje in najmanj natančno.</translation>
        </message>
        <message>
            <source>Downsample by taking the mean of N samples.</source>
            <translation>Redči s povprečjem N vzorcev.</translation>
        </message>
        <message>
            <source>Downsample data before plotting. (plot every Nth sample)</source>
            <translation>Redči podatke pred risanjem (vsak N-ti vzorec).</translation>
        </message>
        <message>
            <source>Forget hidden traces</source>
            <translation>Pozabi skrite krivulje</translation>
        </message>
        <message>
            <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
            <translation>Če je izbrano »Največ krivulj«, se skrite krivulje odstranijo iz pomnilnika (manj pomnilnika, a jih ni mogoče znova prikazati).</translation>
        </message>
        <message>
            <source>If multiple curves are displayed in this plot, check "Max Traces" and set this value to limit the number of traces that are displayed.</source>
            <translation>Če je v grafu več krivulj, izberite »Največ krivulj« in s to vrednostjo omejite njihovo število.</translation>
        </message>
        <message>
            <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
            <translation>Če je v grafu več krivulj, s tem omejite število prikazanih.</translation>
        </message>
        <message>
            <source>Invert Axis</source>
            <translation>Obrni os</translation>
        </message>
        <message>
            <source>Link Axis:</source>
            <translation>Poveži os:</translation>
        </message>
        <message>
            <source>Log X</source>
            <translation>Logaritemski X</translation>
        </message>
        <message>
            <source>Log Y</source>
            <translation>Logaritemski Y</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Ročno</translation>
        </message>
        <message>
            <source>Max Traces:</source>
            <translation>Največ krivulj:</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Povprečje</translation>
        </message>
        <message>
            <source>Mouse Enabled</source>
            <translation>Miška vklopljena</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>Neprosojnost</translation>
        </message>
        <message>
            <source>Peak</source>
            <translation>Vrh</translation>
        </message>
        <message>
            <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
            <translation>Nariše le vidni del vsake krivulje (vrednosti X morajo biti enakomerno razporejene).</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Točke</translation>
        </message>
        <message>
            <source>Power Spectrum (FFT)</source>
            <translation>Močnostni spekter (FFT)</translation>
        </message>
        <message>
            <source>PyQtGraph</source>
            <translation>PyQtGraph</translation>
        </message>
        <message>
            <source>Show X Grid</source>
            <translation>Mreža X</translation>
        </message>
        <message>
            <source>Show Y Grid</source>
            <translation>Mreža Y</translation>
        </message>
        <message>
            <source>Subsample</source>
            <translation>Vzorčenje</translation>
        </message>
        <message>
            <source>Subtract Mean</source>
            <translation>Odštej povprečje</translation>
        </message>
        <message>
            <source>Visible Data Only</source>
            <translation>Le vidni podatki</translation>
        </message>
        <message>
            <source>Y vs. Y'</source>
            <translation>Y proti Y'</translation>
        </message>
        <message>
            <source>dy/dx</source>
            <translation>dy/dx</translation>
        </message>
        <message>
            <source>x</source>
            <translation>x</translation>
        </message>
    </context>
    <context>
        <name>GraphicsScene</name>
        <message>
            <source>Export...</source>
            <translation>Izvozi ...</translation>
        </message>
    </context>
    <context>
        <name>PlotItem</name>
        <message>
            <source>Alpha</source>
            <translation>Prosojnost</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Povprečje</translation>
        </message>
        <message>
            <source>Downsample</source>
            <translation>Redčenje</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Mreža</translation>
        </message>
        <message>
            <source>Plot Options</source>
            <translation>Možnosti grafa</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Točke</translation>
        </message>
        <message>
            <source>Transforms</source>
            <translation>Preslikave</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Alias</source>
            <translation>Vzdevek</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Pogon</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datoteka</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Bližnjica</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Neznano</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <source>&amp;Billing information:</source>
            <translation>Podatki za &amp;obračun:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Konec:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Začetek:</translation>
        </message>
        <message>
            <source>Banner Pages</source>
            <translation>Naslovne strani</translation>
        </message>
        <message>
            <source>Billing information:</source>
            <translation>Podatki za obračun:</translation>
        </message>
        <message>
            <source>Classified</source>
            <translation>Tajno</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Zaupno</translation>
        </message>
        <message>
            <source>Day (06:00 to 17:59)</source>
            <translation>Podnevi (od 06:00 do 17:59)</translation>
        </message>
        <message>
            <source>End:</source>
            <translation>Konec:</translation>
        </message>
        <message>
            <source>Hold Indefinitely</source>
            <translation>Zadrži do preklica</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Posel</translation>
        </message>
        <message>
            <source>Job &amp;priority:</source>
            <translation>&amp;Prednost posla:</translation>
        </message>
        <message>
            <source>Job Control</source>
            <translation>Upravljanje posla</translation>
        </message>
        <message>
            <source>Job priority:</source>
            <translation>Prednost posla:</translation>
        </message>
        <message>
            <source>Night (18:00 to 05:59)</source>
            <translation>Ponoči (od 18:00 do 05:59)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Brez</translation>
        </message>
        <message>
            <source>Print Immediately</source>
            <translation>Natisni takoj</translation>
        </message>
        <message>
            <source>Scheduled &amp;printing:</source>
            <translation>&amp;Načrtovano tiskanje:</translation>
        </message>
        <message>
            <source>Scheduled printing:</source>
            <translation>Načrtovano tiskanje:</translation>
        </message>
        <message>
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>Druga izmena (od 16:00 do 23:59)</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Strogo zaupno</translation>
        </message>
        <message>
            <source>Specific Time</source>
            <translation>Ob določenem času</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Običajno</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>Začetek:</translation>
        </message>
        <message>
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>Tretja izmena (od 00:00 do 07:59)</translation>
        </message>
        <message>
            <source>Top Secret</source>
            <translation>Državna skrivnost</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <translation>Nezaupno</translation>
        </message>
        <message>
            <source>Weekend (Saturday to Sunday)</source>
            <translation>Konec tedna (sobota in nedelja)</translation>
        </message>
    </context>
    <context>
        <name>QErrorMessage</name>
        <message>
            <source>An error occurred</source>
            <translation>Prišlo je do napake</translation>
        </message>
        <message>
            <source>Critical Error:</source>
            <translation>Resna napaka:</translation>
        </message>
        <message>
            <source>Information:</source>
            <translation>Obvestilo:</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1 File</source>
            <translation>Datoteka %1</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Išči v:</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Vse datoteke (*)</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Ali res želite izbrisati »%1«?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Izbriši</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Datoteke</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Vrsta datotek:</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Seznam mest in zaznamkov</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Stranska vrstica</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>CC</source>
            <translation>CC</translation>
        </message>
        <message>
            <source>Cicero (CC)</source>
            <translation>Cicero (CC)</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Po meri</translation>
        </message>
        <message>
            <source>DD</source>
            <translation>DD</translation>
        </message>
        <message>
            <source>Didot (DD)</source>
            <translation>Didot (DD)</translation>
        </message>
        <message>
            <source>Page &amp;order:</source>
            <translation>&amp;Vrstni red strani:</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Postavitev strani</translation>
        </message>
        <message>
            <source>Page order:</source>
            <translation>Vrstni red strani:</translation>
        </message>
        <message>
            <source>Pages &amp;per sheet:</source>
            <translation>Strani &amp;na list:</translation>
        </message>
        <message>
            <source>Pages per sheet:</source>
            <translation>Strani na list:</translation>
        </message>
        <message>
            <source>Pica (P̸)</source>
            <translation>Pica (P̸)</translation>
        </message>
        <message>
            <source>P̸</source>
            <translation>P̸</translation>
        </message>
        <message>
            <source>in</source>
            <translation>in</translation>
        </message>
        <message>
            <source>mm</source>
            <translation>mm</translation>
        </message>
        <message>
            <source>pt</source>
            <translation>pt</translation>
        </message>
    </context>
    <context>
        <name>QPageSize</name>
        <message>
            <source>%1 x %2 in</source>
            <translation>%1 × %2 in</translation>
        </message>
        <message>
            <source>A0</source>
            <translation>A0</translation>
        </message>
        <message>
            <source>A1</source>
            <translation>A1</translation>
        </message>
        <message>
            <source>A10</source>
            <translation>A10</translation>
        </message>
        <message>
            <source>A2</source>
            <translation>A2</translation>
        </message>
        <message>
            <source>A3</source>
            <translation>A3</translation>
        </message>
        <message>
            <source>A3 Extra</source>
            <translation>A3 Extra</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>A4 Extra</source>
            <translation>A4 Extra</translation>
        </message>
        <message>
            <source>A4 Plus</source>
            <translation>A4 Plus</translation>
        </message>
        <message>
            <source>A4 Small</source>
            <translation>A4 mali</translation>
        </message>
        <message>
            <source>A5</source>
            <translation>A5</translation>
        </message>
        <message>
            <source>A5 Extra</source>
            <translation>A5 Extra</translation>
        </message>
        <message>
            <source>A6</source>
            <translation>A6</translation>
        </message>
        <message>
            <source>A7</source>
            <translation>A7</translation>
        </message>
        <message>
            <source>A8</source>
            <translation>A8</translation>
        </message>
        <message>
            <source>A9</source>
            <translation>A9</translation>
        </message>
        <message>
            <source>ANSI C</source>
            <translation>ANSI C</translation>
        </message>
        <message>
            <source>ANSI D</source>
            <translation>ANSI D</translation>
        </message>
        <message>
            <source>ANSI E</source>
            <translation>ANSI E</translation>
        </message>
        <message>
            <source>Architect A</source>
            <translation>Arhitekturni A</translation>
        </message>
        <message>
            <source>Architect B</source>
            <translation>Arhitekturni B</translation>
        </message>
        <message>
            <source>Architect C</source>
            <translation>Arhitekturni C</translation>
        </message>
        <message>
            <source>Architect D</source>
            <translation>Arhitekturni D</translation>
        </message>
        <message>
            <source>Architect E</source>
            <translation>Arhitekturni E</translation>
        </message>
        <message>
            <source>B0</source>
            <translation>B0</translation>
        </message>
        <message>
            <source>B1</source>
            <translation>B1</translation>
        </message>
        <message>
            <source>B10</source>
            <translation>B10</translation>
        </message>
        <message>
            <source>B2</source>
            <translation>B2</translation>
        </message>
        <message>
            <source>B3</source>
            <translation>B3</translation>
        </message>
        <message>
            <source>B4</source>
            <translation>B4</translation>
        </message>
        <message>
            <source>B5</source>
            <translation>B5</translation>
        </message>
        <message>
            <source>B5 Extra</source>
            <translation>B5 Extra</translation>
        </message>
        <message>
            <source>B6</source>
            <translation>B6</translation>
        </message>
        <message>
            <source>B7</source>
            <translation>B7</translation>
        </message>
        <message>
            <source>B8</source>
            <translation>B8</translation>
        </message>
        <message>
            <source>B9</source>
            <translation>B9</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Po meri</translation>
        </message>
        <message>
            <source>Custom (%1CC x %2CC)</source>
            <translation>Po meri (%1CC × %2CC)</translation>
        </message>
        <message>
            <source>Custom (%1DD x %2DD)</source>
            <translation>Po meri (%1DD × %2DD)</translation>
        </message>
        <message>
            <source>Custom (%1in x %2in)</source>
            <translation>Po meri (%1in × %2in)</translation>
        </message>
        <message>
            <source>Custom (%1mm x %2mm)</source>
            <translation>Po meri (%1mm × %2mm)</translation>
        </message>
        <message>
            <source>Custom (%1pc x %2pc)</source>
            <translation>Po meri (%1pc × %2pc)</translation>
        </message>
        <message>
            <source>Custom (%1pt x %2pt)</source>
            <translation>Po meri (%1pt × %2pt)</translation>
        </message>
        <message>
            <source>Double Postcard</source>
            <translation>Dvojna dopisnica</translation>
        </message>
        <message>
            <source>Envelope B4</source>
            <translation>Kuverta B4</translation>
        </message>
        <message>
            <source>Envelope B5</source>
            <translation>Kuverta B5</translation>
        </message>
        <message>
            <source>Envelope B6</source>
            <translation>Kuverta B6</translation>
        </message>
        <message>
            <source>Envelope C0</source>
            <translation>Kuverta C0</translation>
        </message>
        <message>
            <source>Envelope C1</source>
            <translation>Kuverta C1</translation>
        </message>
        <message>
            <source>Envelope C2</source>
            <translation>Kuverta C2</translation>
        </message>
        <message>
            <source>Envelope C3</source>
            <translation>Kuverta C3</translation>
        </message>
        <message>
            <source>Envelope C4</source>
            <translation>Kuverta C4</translation>
        </message>
        <message>
            <source>Envelope C5</source>
            <translation>Kuverta C5</translation>
        </message>
        <message>
            <source>Envelope C6</source>
            <translation>Kuverta C6</translation>
        </message>
        <message>
            <source>Envelope C65</source>
            <translation>Kuverta C65</translation>
        </message>
        <message>
            <source>Envelope C7</source>
            <translation>Kuverta C7</translation>
        </message>
        <message>
            <source>Envelope Chou 3</source>
            <translation>Kuverta Chou 3</translation>
        </message>
        <message>
            <source>Envelope Chou 4</source>
            <translation>Kuverta Chou 4</translation>
        </message>
        <message>
            <source>Envelope DL</source>
            <translation>Kuverta DL</translation>
        </message>
        <message>
            <source>Envelope Invite</source>
            <translation>Kuverta Invite</translation>
        </message>
        <message>
            <source>Envelope Italian</source>
            <translation>Kuverta Italian</translation>
        </message>
        <message>
            <source>Envelope Kaku 2</source>
            <translation>Kuverta Kaku 2</translation>
        </message>
        <message>
            <source>Envelope Kaku 3</source>
            <translation>Kuverta Kaku 3</translation>
        </message>
        <message>
            <source>Envelope Monarch</source>
            <translation>Kuverta Monarch</translation>
        </message>
        <message>
            <source>Envelope PRC 1</source>
            <translation>Kuverta PRC 1</translation>
        </message>
        <message>
            <source>Envelope PRC 10</source>
            <translation>Kuverta PRC 10</translation>
        </message>
        <message>
            <source>Envelope PRC 2</source>
            <translation>Kuverta PRC 2</translation>
        </message>
        <message>
            <source>Envelope PRC 3</source>
            <translation>Kuverta PRC 3</translation>
        </message>
        <message>
            <source>Envelope PRC 4</source>
            <translation>Kuverta PRC 4</translation>
        </message>
        <message>
            <source>Envelope PRC 5</source>
            <translation>Kuverta PRC 5</translation>
        </message>
        <message>
            <source>Envelope PRC 6</source>
            <translation>Kuverta PRC 6</translation>
        </message>
        <message>
            <source>Envelope PRC 7</source>
            <translation>Kuverta PRC 7</translation>
        </message>
        <message>
            <source>Envelope PRC 8</source>
            <translation>Kuverta PRC 8</translation>
        </message>
        <message>
            <source>Envelope PRC 9</source>
            <translation>Kuverta PRC 9</translation>
        </message>
        <message>
            <source>Envelope Personal</source>
            <translation>Kuverta Personal</translation>
        </message>
        <message>
            <source>Envelope US 10</source>
            <translation>Kuverta US 10</translation>
        </message>
        <message>
            <source>Envelope US 11</source>
            <translation>Kuverta US 11</translation>
        </message>
        <message>
            <source>Envelope US 12</source>
            <translation>Kuverta US 12</translation>
        </message>
        <message>
            <source>Envelope US 14</source>
            <translation>Kuverta US 14</translation>
        </message>
        <message>
            <source>Envelope US 9</source>
            <translation>Kuverta US 9</translation>
        </message>
        <message>
            <source>Envelope You 4</source>
            <translation>Kuverta You 4</translation>
        </message>
        <message>
            <source>Executive (7.25 x 10.5 in)</source>
            <translation>Executive (7.25 × 10.5 in)</translation>
        </message>
        <message>
            <source>Executive (7.5 x 10 in)</source>
            <translation>Executive (7.5 × 10 in)</translation>
        </message>
        <message>
            <source>Fan-fold German (8.5 x 12 in)</source>
            <translation>Neskončni papir, nemški (8.5 × 12 in)</translation>
        </message>
        <message>
            <source>Fan-fold German Legal (8.5 x 13 in)</source>
            <translation>Neskončni papir, nemški Legal (8.5 × 13 in)</translation>
        </message>
        <message>
            <source>Fan-fold US (14.875 x 11 in)</source>
            <translation>Neskončni papir, ameriški (14.875 × 11 in)</translation>
        </message>
        <message>
            <source>Folio (8.27 x 13 in)</source>
            <translation>Folio (8.27 × 13 in)</translation>
        </message>
        <message>
            <source>JIS B0</source>
            <translation>JIS B0</translation>
        </message>
        <message>
            <source>JIS B1</source>
            <translation>JIS B1</translation>
        </message>
        <message>
            <source>JIS B10</source>
            <translation>JIS B10</translation>
        </message>
        <message>
            <source>JIS B2</source>
            <translation>JIS B2</translation>
        </message>
        <message>
            <source>JIS B3</source>
            <translation>JIS B3</translation>
        </message>
        <message>
            <source>JIS B4</source>
            <translation>JIS B4</translation>
        </message>
        <message>
            <source>JIS B5</source>
            <translation>JIS B5</translation>
        </message>
        <message>
            <source>JIS B6</source>
            <translation>JIS B6</translation>
        </message>
        <message>
            <source>JIS B7</source>
            <translation>JIS B7</translation>
        </message>
        <message>
            <source>JIS B8</source>
            <translation>JIS B8</translation>
        </message>
        <message>
            <source>JIS B9</source>
            <translation>JIS B9</translation>
        </message>
        <message>
            <source>Ledger / ANSI B</source>
            <translation>Ledger / ANSI B</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>Legal</translation>
        </message>
        <message>
            <source>Legal Extra</source>
            <translation>Legal Extra</translation>
        </message>
        <message>
            <source>Letter / ANSI A</source>
            <translation>Letter / ANSI A</translation>
        </message>
        <message>
            <source>Letter Extra</source>
            <translation>Letter Extra</translation>
        </message>
        <message>
            <source>Letter Plus</source>
            <translation>Letter Plus</translation>
        </message>
        <message>
            <source>Letter Small</source>
            <translation>Letter mali</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Beležka</translation>
        </message>
        <message>
            <source>PRC 16K</source>
            <translation>PRC 16K</translation>
        </message>
        <message>
            <source>PRC 32K</source>
            <translation>PRC 32K</translation>
        </message>
        <message>
            <source>PRC 32K Big</source>
            <translation>PRC 32K velik</translation>
        </message>
        <message>
            <source>Postcard</source>
            <translation>Dopisnica</translation>
        </message>
        <message>
            <source>Quarto</source>
            <translation>Quarto</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Statement</translation>
        </message>
        <message>
            <source>Super A</source>
            <translation>Super A</translation>
        </message>
        <message>
            <source>Super B</source>
            <translation>Super B</translation>
        </message>
        <message>
            <source>Tabloid / ANSI B</source>
            <translation>Tabloid / ANSI B</translation>
        </message>
        <message>
            <source>Tabloid Extra</source>
            <translation>Tabloid Extra</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Ne</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Da</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Prekini</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Uporabi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Prekliči</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zapri</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Zavrzi</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Pomoč</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Prezri</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;e za vse</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>V redu</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Odpri</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ponastavi</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Obnovi privzete</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Poskusi znova</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Shrani</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Shrani vse</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Da za &amp;vse</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>»%1« ni pravilno zapisano. Strani in obsege ločite z vejico (,), obseg zapišite s pomišljajem (-), obsegi pa naj se ne prekrivajo.</translation>
        </message>
        <message>
            <source>1 (1x1)</source>
            <translation>1 (1 × 1)</translation>
        </message>
        <message>
            <source>16 (4x4)</source>
            <translation>16 (4 × 4)</translation>
        </message>
        <message>
            <source>2 (2x1)</source>
            <translation>2 (2 × 1)</translation>
        </message>
        <message>
            <source>4 (2x2)</source>
            <translation>4 (2 × 2)</translation>
        </message>
        <message>
            <source>6 (2x3)</source>
            <translation>6 (2 × 3)</translation>
        </message>
        <message>
            <source>9 (3x3)</source>
            <translation>9 (3 × 3)</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Vse strani</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Samodejno</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>Od spodaj navzgor, od leve proti desni</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>Od spodaj navzgor, od desne proti levi</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>Nastavitve obojestranskega tiskanja si nasprotujejo</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Sode strani</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Neveljaven izbor strani</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>Od leve proti desni, od spodaj navzgor</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>Od leve proti desni, od zgoraj navzdol</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Lihe strani</translation>
        </message>
        <message>
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>Možnosti »Strani na list« in »Nabor strani« ni mogoče uporabiti hkrati.
Izklopite eno od njiju.</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>Od desne proti levi, od spodaj navzgor</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>Od desne proti levi, od zgoraj navzdol</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Nastavitve obojestranskega tiskanja si nasprotujejo. Jih želite popraviti?</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>Od zgoraj navzdol, od leve proti desni</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>Od zgoraj navzdol, od desne proti levi</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Zapiši datoteko PDF</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>Nekatere možnosti si nasprotujejo. Popravite jih.</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Double Sided Printing</source>
            <translation>Obojestransko tiskanje</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Vezava po daljši stranici</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Izklopljeno</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>&amp;Nabor strani:</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>Nabor strani:</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Strani</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Vezava po krajši stranici</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Vpišite strani ali obsege, ločene z vejicami; obseg sta dve številki s pomišljajem vmes. Npr. 3,5-7,9 natisne strani 3, 5, 6, 7 in 9.</translation>
        </message>
    </context>
    <context>
        <name>QProgressBar</name>
        <message>
            <source>%p%</source>
            <translation>%p %</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>FSI First strong isolate</source>
            <translation>FSI Osamitev po prvem močnem znaku</translation>
        </message>
        <message>
            <source>LRI Left-to-right isolate</source>
            <translation>LRI Osamitev od leve proti desni</translation>
        </message>
        <message>
            <source>PDI Pop directional isolate</source>
            <translation>PDI Konec osamitve smeri</translation>
        </message>
        <message>
            <source>RLI Right-to-left isolate</source>
            <translation>RLI Osamitev od desne proti levi</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>S&amp;kopiraj</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Pri&amp;lepi</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Uveljavi</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Razveljavi</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Kopiraj &amp;naslov povezave</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Izreži</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Izbriši</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Izberi vse</translation>
        </message>
    </context>
    <context>
        <name>ViewBox</name>
        <message>
            <source>1 button</source>
            <translation>1 gumb</translation>
        </message>
        <message>
            <source>3 button</source>
            <translation>3 gumbi</translation>
        </message>
        <message>
            <source>Mouse Mode</source>
            <translation>Način miške</translation>
        </message>
        <message>
            <source>View All</source>
            <translation>Pokaži vse</translation>
        </message>
        <message>
            <source>ViewBox options</source>
            <translation>Možnosti pogleda</translation>
        </message>
        <message>
            <source>axis</source>
            <translation>os</translation>
        </message>
    </context>
</TS>
