<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>EOLatent</name>
    <message>
      <location filename="../plugin/algorithm_task.py" line="164" />
      <source>The algorithm failed.</source>
      <translation>L'algorithme a échoué.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithm_task.py" line="128" />
      <source>The EO Latent Processing provider is not loaded.</source>
      <translation>Le fournisseur de traitements EO Latent n'est pas chargé.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithm_task.py" line="173" />
      <location filename="../plugin/latent_viewer.py" line="239" />
      <location filename="../plugin/models_dialog.py" line="60" />
      <source>EO Latent</source>
      <translation>EO Latent</translation>
    </message>
    <message>
      <location filename="../plugin/dependencies.py" line="143" />
      <source>Without a network: on a connected machine run {download}, copy the folder wheels to this machine and run the command above from the folder that holds it, with {options} added.</source>
      <translation>Sans réseau : sur une machine connectée, lancez {download}, copiez le dossier wheels sur cette machine et lancez la commande ci-dessus depuis le dossier qui le contient, en ajoutant {options}.</translation>
    </message>
    <message>
      <location filename="../plugin/dependencies.py" line="155" />
      <source>This algorithm needs the optional Python module(s) {modules}, which are not installed (the other EO Latent algorithms run without them).</source>
      <translation>Cet algorithme a besoin du ou des modules Python facultatifs {modules}, qui ne sont pas installés (les autres algorithmes d'EO Latent fonctionnent sans eux).</translation>
    </message>
    <message>
      <location filename="../plugin/dependencies.py" line="158" />
      <source>EO Latent cannot run: missing Python module(s) {modules}.</source>
      <translation>EO Latent ne peut pas fonctionner : module(s) Python manquant(s) {modules}.</translation>
    </message>
    <message>
      <location filename="../plugin/dependencies.py" line="161" />
      <source>Install {package}.</source>
      <translation>Installez {package}.</translation>
    </message>
    <message>
      <location filename="../plugin/dependencies.py" line="168" />
      <source>For an NVIDIA GPU use {gpu} instead of {cpu}.</source>
      <translation>Pour un GPU NVIDIA, utilisez {gpu} au lieu de {cpu}.</translation>
    </message>
    <message>
      <location filename="../plugin/dependencies.py" line="164" />
      <source>Run this once in a terminal (no administrator rights needed), then restart QGIS:</source>
      <translation>Lancez ceci une fois dans un terminal (sans droits d'administrateur), puis redémarrez QGIS :</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="17" />
      <source>EO Latent: diagnostics</source>
      <translation>EO Latent : diagnostics</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="49" />
      <source>EO Latent — diagnostics</source>
      <translation>EO Latent — diagnostics</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="58" />
      <source>Plugin version</source>
      <translation>Version de l'extension</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="58" />
      <source>QGIS version</source>
      <translation>Version de QGIS</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="59" />
      <source>Python version</source>
      <translation>Version de Python</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="59" />
      <source>onnxruntime version</source>
      <translation>Version d'onnxruntime</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="60" />
      <source>Available execution providers</source>
      <translation>Fournisseurs d'exécution disponibles</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="60" />
      <source>Execution provider used</source>
      <translation>Fournisseur d'exécution utilisé</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="61" />
      <source>GPU</source>
      <translation>GPU</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="84" />
      <source>Copy report</source>
      <translation>Copier le rapport</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="87" />
      <location filename="../plugin/models_dialog.py" line="140" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="89" />
      <location filename="../plugin/latent_viewer.py" line="141" />
      <location filename="../plugin/models_dialog.py" line="142" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="99" />
      <source>Gathering the diagnostics (checksums of the models, a test session)…</source>
      <translation>Collecte des diagnostics (sommes de contrôle des modèles, session de test)…</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="67" />
      <source>Installed models</source>
      <translation>Modèles installés</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="73" />
      <location filename="../plugin/stack_dock.py" line="73" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="73" />
      <location filename="../plugin/models_dialog.py" line="98" />
      <source>Model id</source>
      <translation>Identifiant du modèle</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="73" />
      <location filename="../plugin/models_dialog.py" line="98" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="73" />
      <location filename="../plugin/models_dialog.py" line="99" />
      <source>Where</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="74" />
      <source>Weights sha256</source>
      <translation>sha256 des poids</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="74" />
      <source>Checksum</source>
      <translation>Somme de contrôle</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="132" />
      <source>verified</source>
      <translation>vérifiée</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="132" />
      <source>NOT verified</source>
      <translation>NON vérifié</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="182" />
      <source>Report copied to the clipboard.</source>
      <translation>Rapport copié dans le presse-papiers.</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="108" />
      <location filename="../plugin/models_dialog.py" line="333" />
      <source>Cancelled.</source>
      <translation>Annulé.</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="121" />
      <location filename="../plugin/models_dialog.py" line="196" />
      <source>not installed</source>
      <translation>non installé</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="148" />
      <source>plugin folder</source>
      <translation>dossier de l'extension</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="148" />
      <source>user model folder</source>
      <translation>dossier de modèles de l'utilisateur</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="142" />
      <source>Some models failed their checks: {}</source>
      <translation>Certains modèles ont échoué à leurs vérifications : {}</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="123" />
      <source>none found</source>
      <translation>aucun trouvé</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="129" />
      <source>{folder}: {path}</source>
      <translation>{folder} : {path}</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="44" />
      <source>PCA {layer} {start} – {end} ({p1:.0f}/{p2:.0f}/{p3:.0f} % of variance)</source>
      <translation>ACP {layer} {start} – {end} ({p1:.0f}/{p2:.0f}/{p3:.0f} % de la variance)</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="87" />
      <source>EO Latent: PCA composite</source>
      <translation>EO Latent : composition ACP</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="116" />
      <source>EO Latent — show latent as PCA composite</source>
      <translation>EO Latent — afficher le latent en composition ACP</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="130" />
      <source>Save beside the latent raster (else a temporary file)</source>
      <translation>Enregistrer à côté du raster latent (sinon dans un fichier temporaire)</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="136" />
      <source>Show</source>
      <translation>Afficher</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="138" />
      <location filename="../plugin/models_dialog.py" line="114" />
      <location filename="../plugin/query_dock.py" line="100" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="207" />
      <source>Computing the principal components…</source>
      <translation>Calcul des composantes principales…</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="122" />
      <source>Latent raster (output of eolatent:encode)</source>
      <translation>Raster latent (sortie de eolatent:encode)</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="127" />
      <source>Time window</source>
      <translation>Fenêtre temporelle</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="197" />
      <source>Choose a latent raster (an output of eolatent:encode) first.</source>
      <translation>Choisissez d'abord un raster latent (une sortie de eolatent:encode).</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="220" />
      <source>The PCA composite was cancelled.</source>
      <translation>La composition ACP a été annulée.</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="174" />
      <source>{start} – {end}</source>
      <translation>{start} – {end}</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="227" />
      <source>{name}. Principal components fitted on {n} valid latent pixels, each stretched between its 2nd and 98th percentile. File: {path}</source>
      <translation>{name}. Composantes principales ajustées sur {n} pixels latents valides, chacune étirée entre ses 2e et 98e centiles. Fichier : {path}</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="232" />
      <source>Added: {}</source>
      <translation>Ajouté : {}</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="176" />
      <source> (no valid pixel: all cloud or no data)</source>
      <translation> (aucun pixel valide : tout nuage ou sans données)</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="186" />
      <source>{} is not a latent raster; choose an output of eolatent:encode.</source>
      <translation>{} n'est pas un raster latent ; choisissez une sortie de eolatent:encode.</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="36" />
      <source>“Install from folder…”</source>
      <translation>« Installer depuis un dossier… »</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="85" />
      <source>EO Latent — models</source>
      <translation>EO Latent — modèles</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="100" />
      <source>The part of an interrupted download kept on disk: the next install resumes from it</source>
      <translation>La partie d'un téléchargement interrompu gardée sur le disque : la prochaine installation reprend à partir d'elle</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="123" />
      <source>Install</source>
      <translation>Installer</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="124" />
      <source>Download the selected model from its release URL (sha256 verified)</source>
      <translation>Télécharger le modèle sélectionné depuis l'URL de sa publication (sha256 vérifié)</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="126" />
      <source>Install from folder…</source>
      <translation>Installer depuis un dossier…</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="127" />
      <source>Offline install: copy the model and its sidecar files from a folder or from the .onnx file (sha256 verified)</source>
      <translation>Installation hors ligne : copier le modèle et ses fichiers annexes depuis un dossier ou depuis le fichier .onnx (sha256 vérifié)</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="134" />
      <source>Verify</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="135" />
      <source>Hash the installed files of the selected model again</source>
      <translation>Recalculer l'empreinte des fichiers installés du modèle sélectionné</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="137" />
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="138" />
      <source>Delete the selected model from the user model folder</source>
      <translation>Supprimer le modèle sélectionné du dossier de modèles de l'utilisateur</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="202" />
      <source>not checked</source>
      <translation>non vérifié</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="261" />
      <source>Models</source>
      <translation>Modèles</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="303" />
      <source>its release URL</source>
      <translation>l'URL de sa publication</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="98" />
      <source>Size (MB)</source>
      <translation>Taille (Mo)</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="98" />
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="99" />
      <source>Verified</source>
      <translation>Vérifié</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="99" />
      <source>Partial download</source>
      <translation>Partiel</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="208" />
      <source>{} of {} MB, resumable</source>
      <translation>{} sur {} Mo, reprenable</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="44" />
      <source>EO Latent: installing {}</source>
      <translation>EO Latent : installation de {}</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="173" />
      <source>User model folder: {}</source>
      <translation>Dossier de modèles de l'utilisateur : {}</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="196" />
      <source>shipped</source>
      <translation>fourni avec l'extension</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="196" />
      <source>installed</source>
      <translation>installé</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="271" />
      <source>Download {} {} ({} MB, licence {}) from
{}
into {}?</source>
      <translation>Télécharger {} {} ({} Mo, licence {}) depuis
{}
dans {} ?</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="273" />
      <source>Install a model</source>
      <translation>Installer un modèle</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="288" />
      <source>ONNX models (*.onnx)</source>
      <translation>Modèles ONNX (*.onnx)</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="304" />
      <source>Installing {} from {}…</source>
      <translation>Installation de {} depuis {}…</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="368" />
      <source>Remove a model</source>
      <translation>Supprimer un modèle</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="130" />
      <source>From a folder…</source>
      <translation>Depuis un dossier…</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="131" />
      <source>From the model file (.onnx)…</source>
      <translation>Depuis le fichier du modèle (.onnx)…</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="313" />
      <source>Installing {}: {} of {} MB</source>
      <translation>Installation de {} : {} sur {} Mo</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="326" />
      <source>{} is installed and verified: {}</source>
      <translation>{} est installé et vérifié : {}</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="378" />
      <source>Removed: {}</source>
      <translation>Supprimé : {}</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="287" />
      <source>The model file {} (its sidecar files beside it)</source>
      <translation>Le fichier du modèle {} (ses fichiers annexes à côté)</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="290" />
      <source>Folder holding {}</source>
      <translation>Dossier contenant {}</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="329" />
      <source>{} was installed but does not match the manifest: {}</source>
      <translation>{} a été installé mais ne correspond pas au manifeste : {}</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="336" />
      <source>The install failed.</source>
      <translation>L'installation a échoué.</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="355" />
      <source>{} is not installed.</source>
      <translation>{} n'est pas installé.</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="369" />
      <source>Delete {} and its files from {}?</source>
      <translation>Supprimer {} et ses fichiers de {} ?</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="357" />
      <source>{}: its files match the manifest.</source>
      <translation>{} : ses fichiers correspondent au manifeste.</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="89" />
      <source>EO Latent — pixel time series</source>
      <translation>EO Latent — série temporelle d'un pixel</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="102" />
      <source>Variables to plot (per-date outputs; the 1σ raster is found by itself)</source>
      <translation>Variables à tracer (sorties par date ; le raster 1σ est trouvé automatiquement)</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="109" />
      <source>Pick a pixel on the map</source>
      <translation>Choisir un pixel sur la carte</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="112" />
      <source>Refresh layers</source>
      <translation>Actualiser les couches</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="135" />
      <source>Click “Pick a pixel on the map”, then click the map.</source>
      <translation>Cliquez sur « Choisir un pixel sur la carte », puis cliquez sur la carte.</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="182" />
      <source>{layer} ({variable}, {n} dates)</source>
      <translation>{layer} ({variable}, {n} dates)</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="183" />
      <source>{layer} ({variable}, 1 date)</source>
      <translation>{layer} ({variable}, 1 date)</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="195" />
      <source>A plotted layer was removed: click the map again.</source>
      <translation>Une couche tracée a été retirée : cliquez à nouveau sur la carte.</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="260" />
      <source>No variable chosen: tick a per-date output (LAI, soil moisture, …) above.</source>
      <translation>Aucune variable choisie : cochez ci-dessus une sortie par date (LAI, humidité du sol, …).</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="280" />
      <source>Pixel at {x}, {y} ({crs})</source>
      <translation>Pixel à {x} ; {y} ({crs})</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="122" />
      <source>The plot needs matplotlib: install python3-matplotlib (Debian/Ubuntu) or `python3 -m pip install --user matplotlib`.</source>
      <translation>Le graphique nécessite matplotlib : installez python3-matplotlib (Debian/Ubuntu) ou `python3 -m pip install --user matplotlib`.</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="314" />
      <source>±1σ</source>
      <translation>±1σ</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="274" />
      <source>{}: no data at this pixel.</source>
      <translation>{} : pas de données pour ce pixel.</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="268" />
      <source>{}: the click is outside the raster.</source>
      <translation>{} : le clic est en dehors du raster.</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="271" />
      <source>{layer}: {error}</source>
      <translation>{layer} : {error}</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="70" />
      <source>Details…</source>
      <translation>Détails…</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="107" />
      <source>Text query…</source>
      <translation>Requête textuelle…</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="109" />
      <source>Map where a concept written in English is likely: a probability per pixel, from a Sentinel-2 stack or a latent raster</source>
      <translation>Cartographier où se trouve un concept écrit en anglais : une probabilité par pixel, à partir d'une pile Sentinel-2 ou d'un raster latent</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="153" />
      <source>Show latent as PCA composite…</source>
      <translation>Afficher le latent en composition ACP…</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="154" />
      <source>Show a latent raster's first three principal components as a false-colour image, for one window of dates</source>
      <translation>Afficher les trois premières composantes principales d'un raster latent en fausses couleurs, pour une fenêtre de dates</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="164" />
      <source>Models…</source>
      <translation>Modèles…</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="165" />
      <source>Install, verify or remove the networks the algorithms run (sha256-checked; offline from a local folder)</source>
      <translation>Installer, vérifier ou supprimer les réseaux qu'exécutent les algorithmes (contrôlés par sha256 ; hors ligne depuis un dossier local)</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="176" />
      <source>Diagnostics…</source>
      <translation>Diagnostics…</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="177" />
      <source>Versions, execution providers (CUDA or CPU), GPU and installed models, with a report to copy into a bug report</source>
      <translation>Versions, fournisseurs d'exécution (CUDA ou CPU), GPU et modèles installés, avec un rapport à copier dans un signalement de bogue</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="143" />
      <source>Build stack…</source>
      <translation>Construire une pile…</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="144" />
      <source>List the Sentinel-1 and Sentinel-2 products of folders by date and cloud cover, and build the dated stacks the other tools read</source>
      <translation>Lister par date et couverture nuageuse les produits Sentinel-1 et Sentinel-2 de dossiers, et construire les piles datées que lisent les autres outils</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="146" />
      <source>Pixel time series…</source>
      <translation>Série temporelle d'un pixel…</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="147" />
      <source>Click a pixel on the map to plot its per-date values (decoded LAI, soil moisture, …) with the ±1σ band</source>
      <translation>Cliquer sur un pixel de la carte pour tracer ses valeurs par date (LAI décodé, humidité du sol, …) avec la bande ±1σ</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="69" />
      <source>EO Latent — text query</source>
      <translation>EO Latent — requête textuelle</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="89" />
      <source>vineyards</source>
      <translation>vineyards</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="93" />
      <source>negative prompts (optional): water, forest</source>
      <translation>requêtes négatives (facultatif) : water, forest</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="94" />
      <source>negative prompts, comma-separated (optional): water, forest</source>
      <translation>requêtes négatives, séparées par des virgules (facultatif) : water, forest</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="97" />
      <source>Run</source>
      <translation>Exécuter</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="109" />
      <source>[temporary folder, deleted when QGIS exits]</source>
      <translation>[dossier temporaire, supprimé à la fermeture de QGIS]</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="110" />
      <source>A folder to keep the outputs in, named after the prompts; empty: a temporary folder that QGIS deletes when it exits</source>
      <translation>Un dossier où garder les sorties, nommées d'après les requêtes ; vide : un dossier temporaire que QGIS supprime à sa fermeture</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="213" />
      <source>Running…</source>
      <translation>Exécution en cours…</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="243" />
      <location filename="../processing_provider/textquery_algorithm.py" line="169" />
      <source>computed</source>
      <translation>calculé</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="78" />
      <location filename="../processing_provider/textquery_algorithm.py" line="82" />
      <source>Sentinel-2 stack or latent raster</source>
      <translation>Pile Sentinel-2 ou raster latent</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="87" />
      <source>What are you looking for? (English, one prompt per line)</source>
      <translation>Que cherchez-vous ? (en anglais, une requête par ligne)</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="106" />
      <source>Save the probability rasters in</source>
      <translation>Enregistrer les rasters de probabilité dans</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="116" />
      <source>Mask threshold</source>
      <translation>Seuil du masque</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="126" />
      <source>History (double-click to run again)</source>
      <translation>Historique (double-clic pour relancer)</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="191" />
      <source>Choose a Sentinel-2 stack or a latent raster first.</source>
      <translation>Choisissez d'abord une pile Sentinel-2 ou un raster latent.</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="244" />
      <source>Done in {} s (image side {}).</source>
      <translation>Terminé en {} s (côté image {}).</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="81" />
      <source>Rasters of at least {} bands read from files: maps, masks and web layers are not offered</source>
      <translation>Rasters d'au moins {} bandes lus depuis des fichiers : les cartes, masques et couches web ne sont pas proposés</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="242" />
      <source>reused from memory</source>
      <translation>réutilisé depuis la mémoire</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="242" />
      <source>reused from the disk cache</source>
      <translation>réutilisé depuis le cache disque</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="54" />
      <source>&lt; {}</source>
      <translation>&lt; {}</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="56" />
      <source>≥ {}</source>
      <translation>≥ {}</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="195" />
      <source>Give the folder as a full path ({} is relative), or leave it empty for a temporary folder.</source>
      <translation>Donnez le dossier sous forme de chemin complet ({} est relatif), ou laissez le champ vide pour un dossier temporaire.</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="226" />
      <location filename="../processing_provider/textquery_algorithm.py" line="115" />
      <source>P({})</source>
      <translation>P({})</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="228" />
      <location filename="../processing_provider/textquery_algorithm.py" line="117" />
      <source>mask: {}</source>
      <translation>masque : {}</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="206" />
      <source>The folder {} is not writable; choose another one or leave it empty for a temporary folder.</source>
      <translation>Le dossier {} n'est pas accessible en écriture ; choisissez-en un autre ou laissez le champ vide pour un dossier temporaire.</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="202" />
      <source>Cannot create the folder {}: {}; choose another one or leave it empty for a temporary folder.</source>
      <translation>Impossible de créer le dossier {} : {} ; choisissez-en un autre ou laissez le champ vide pour un dossier temporaire.</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="246" />
      <source>Warning: {}</source>
      <translation>Avertissement : {}</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="43" />
      <source>EO Latent — build stack</source>
      <translation>EO Latent — construire une pile</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="67" />
      <source>Scan the folders</source>
      <translation>Analyser les dossiers</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="69" />
      <source>List the products of the folders by date, with their cloud cover, to choose the dates to build (optional: Build alone takes every date).</source>
      <translation>Lister les produits des dossiers par date, avec leur couverture nuageuse, pour choisir les dates à empiler (facultatif : Construire seul prend toutes les dates).</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="86" />
      <source>Dates (first, last)</source>
      <translation>Dates (première, dernière)</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="87" />
      <source>Unticked: every date found, no date filter. Tick it (or change a date) to keep only the dates between the first and the last.</source>
      <translation>Non cochée : toutes les dates trouvées, sans filtre de date. Cochez-la (ou changez une date) pour ne garder que les dates entre la première et la dernière.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="105" />
      <source>Leaves out the Sentinel-2 products whose metadata give a higher cloud cover. Products without one ("unknown": plain GeoTIFFs, most Level-1C exports) are kept; their clouds are detected during the build, and dates found cloudy almost everywhere are named in the log: untick them in the list above.</source>
      <translation>Écarte les produits Sentinel-2 dont les métadonnées donnent une couverture nuageuse plus élevée. Les produits qui n'en ont pas (« inconnue » : GeoTIFF simples, la plupart des exports de niveau 1C) sont gardés ; leurs nuages sont détectés pendant la construction, et les dates trouvées nuageuses presque partout sont nommées dans le journal : décochez-les dans la liste ci-dessus.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="109" />
      <source>Maximum cloud cover</source>
      <translation>Couverture nuageuse maximale</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="117" />
      <source>Sentinel-2 bands</source>
      <translation>Bandes Sentinel-2</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="121" />
      <source>Area</source>
      <translation>Zone</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="125" />
      <source>Draw</source>
      <translation>Dessiner</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="128" />
      <source>Draw the area on the map (a rectangle), then build.</source>
      <translation>Dessiner la zone sur la carte (un rectangle), puis construire.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="138" />
      <source>CRS of the first Sentinel-2 date</source>
      <translation>SCR de la première date Sentinel-2</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="140" />
      <source>Target CRS</source>
      <translation>SCR cible</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="144" />
      <source> m</source>
      <translation> m</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="145" />
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="148" />
      <source>output folder (empty: temporary folder)</source>
      <translation>dossier de sortie (vide : dossier temporaire)</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="155" />
      <source>Output folder</source>
      <translation>Dossier de sortie</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="157" />
      <source>Stack name</source>
      <translation>Nom de la pile</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="160" />
      <source>Build</source>
      <translation>Construire</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="182" />
      <source>Folder of products</source>
      <translation>Dossier de produits</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="194" />
      <source>Scanning…</source>
      <translation>Analyse en cours…</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="344" />
      <source>Building the stack…</source>
      <translation>Construction de la pile en cours…</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="56" />
      <source>Sentinel-2 folders</source>
      <translation>Dossiers Sentinel-2</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="56" />
      <source>Sentinel-1 folders</source>
      <translation>Dossiers Sentinel-1</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="57" />
      <source>folders separated by ';'</source>
      <translation>dossiers séparés par ';'</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="62" />
      <source>Add a folder</source>
      <translation>Ajouter un dossier</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="73" />
      <source>Use</source>
      <translation>Utiliser</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="73" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="73" />
      <source>Sensor</source>
      <translation>Capteur</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="73" />
      <source>Cloud cover (%)</source>
      <translation>Couverture nuageuse (%)</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="119" />
      <source>All the data</source>
      <translation>Toutes les données</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="119" />
      <source>Map canvas extent</source>
      <translation>Emprise du canevas de carte</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="119" />
      <source>Extent of a layer</source>
      <translation>Emprise d'une couche</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="120" />
      <source>Polygons of a layer (outside: no data)</source>
      <translation>Polygones d'une couche (à l'extérieur : pas de données)</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="120" />
      <source>Rectangle drawn on the map</source>
      <translation>Rectangle dessiné sur la carte</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="191" />
      <location filename="../plugin/stack_parameters.py" line="68" />
      <source>Choose a Sentinel-2 folder, a Sentinel-1 folder or both.</source>
      <translation>Choisissez un dossier Sentinel-2, un dossier Sentinel-1 ou les deux.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="308" />
      <source>This version of eolatent:buildstack builds every band common to the chosen dates.</source>
      <translation>Cette version de eolatent:buildstack construit toutes les bandes communes aux dates choisies.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="353" />
      <location filename="../processing_provider/buildstack_algorithm.py" line="133" />
      <location filename="../processing_provider/encode_algorithm.py" line="91" />
      <source>Sentinel-2 stack</source>
      <translation>Pile Sentinel-2</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="354" />
      <location filename="../processing_provider/buildstack_algorithm.py" line="134" />
      <source>Sentinel-1 stack</source>
      <translation>Pile Sentinel-1</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="202" />
      <source>The scan was cancelled.</source>
      <translation>L'analyse a été annulée.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="206" />
      <source>{n} product date(s) found; {k} other file(s) skipped.</source>
      <translation>{n} date(s) de produit trouvée(s) ; {k} autre(s) fichier(s) ignoré(s).</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="220" />
      <source>unknown</source>
      <translation>inconnue</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="369" />
      <source>Built: Sentinel-2 dates {s2}; Sentinel-1 dates {s1}.</source>
      <translation>Construit : dates Sentinel-2 {s2} ; dates Sentinel-1 {s1}.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="376" />
      <source>Clouds were detected with the spectral rules, less accurate on Level-1C dates: the s2cloudless model is not installed (Raster ▸ EO Latent ▸ Models…).</source>
      <translation>Les nuages ont été détectés par les règles spectrales, moins précises sur les dates Level-1C : le modèle s2cloudless n'est pas installé (Raster ▸ EO Latent ▸ Modèles…).</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="383" />
      <source>Build stack</source>
      <translation>Construire la pile</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="359" />
      <source>{label} ({n} dates)</source>
      <translation>{label} ({n} dates)</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="359" />
      <source>{label} (1 date)</source>
      <translation>{label} (1 date)</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="362" />
      <source>{name}: {title}</source>
      <translation>{name} : {title}</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="370" />
      <source>Built: Sentinel-2 dates {s2}; no Sentinel-1 stack.</source>
      <translation>Construit : dates Sentinel-2 {s2} ; pas de pile Sentinel-1.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="371" />
      <source>Built: Sentinel-1 dates {s1}; no Sentinel-2 stack.</source>
      <translation>Construit : dates Sentinel-1 {s1} ; pas de pile Sentinel-2.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="325" />
      <source>Not in {n} of the {total} Sentinel-2 products found (e.g. {file}).</source>
      <translation>Absente de {n} des {total} produits Sentinel-2 trouvés (par ex. {file}).</translation>
    </message>
    <message>
      <location filename="../plugin/stack_parameters.py" line="37" />
      <source>Choose the layer that gives the area.</source>
      <translation>Choisissez la couche qui définit la zone.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_parameters.py" line="34" />
      <source>Draw a rectangle on the map first (Area: Draw).</source>
      <translation>Dessinez d'abord un rectangle sur la carte (Zone : Dessiner).</translation>
    </message>
    <message>
      <location filename="../plugin/stack_parameters.py" line="52" />
      <source>No product is ticked; tick the dates to build.</source>
      <translation>Aucun produit n'est coché ; cochez les dates à construire.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_parameters.py" line="30" />
      <source>{} has no polygons; choose a polygon layer.</source>
      <translation>{} n'a pas de polygones ; choisissez une couche de polygones.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_widgets.py" line="62" />
      <source>EO Latent: scanning product folders</source>
      <translation>EO Latent : analyse des dossiers de produits</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="101" />
      <source>Input stacks</source>
      <translation>Piles d'entrée</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="101" />
      <source>Latent representations</source>
      <translation>Représentations latentes</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="102" />
      <source>Physical variables</source>
      <translation>Variables physiques</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="102" />
      <source>Maps from latents</source>
      <translation>Cartes à partir des latents</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="171" />
      <source>CPU threads (0 = automatic)</source>
      <translation>Threads CPU (0 = automatique)</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="173" />
      <source>Tile size (pixels)</source>
      <translation>Taille de tuile (pixels)</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="169" />
      <source>Execution provider (auto: CUDA GPU when available, else CPU)</source>
      <translation>Fournisseur d'exécution (auto : GPU CUDA si disponible, sinon CPU)</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="182" />
      <location filename="../processing_provider/biophysical_algorithm.py" line="157" />
      <location filename="../processing_provider/buildstack_algorithm.py" line="118" />
      <source>Detect clouds and shadows in Sentinel-2 dates without a cloud mask</source>
      <translation>Détecter les nuages et les ombres dans les dates Sentinel-2 sans masque de nuages</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="143" />
      <source>Execution provider that ran (cpu or cuda)</source>
      <translation>Fournisseur d'exécution utilisé (cpu ou cuda)</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="170" />
      <source>auto</source>
      <translation>auto</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="170" />
      <source>CUDA (GPU)</source>
      <translation>CUDA (GPU)</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="170" />
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="206" />
      <source>{}: {!r} is not a date; give YYYY-MM-DD.</source>
      <translation>{} : {!r} n'est pas une date ; indiquez AAAA-MM-JJ.</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="296" />
      <source>Cancelled: no output was written.</source>
      <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="297" />
      <source>{algorithm}: {error}</source>
      <translation>{algorithm} : {error}</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="58" />
      <source>Biophysical variables (LAI, FAPAR, FCOVER, CCC, CWC)</source>
      <translation>Variables biophysiques (LAI, FAPAR, FCOVER, CCC, CWC)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="61" />
      <source>LAI, FAPAR, FCOVER, CCC and CWC with their 1σ and quality flags, from a Sentinel-2 stack or product (L1C or L2A)</source>
      <translation>LAI, FAPAR, FCOVER, CCC et CWC avec leur 1σ et des indicateurs de qualité, à partir d'une pile ou d'un produit Sentinel-2 (L1C ou L2A)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="65" />
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: give one of the two. &lt;i&gt;Sentinel-2 stack or single-date raster&lt;/i&gt; (INPUT): a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands). &lt;i&gt;Sentinel-2 product folder&lt;/i&gt; (INPUT_FOLDER): an ESA SAFE L1C/L2A folder (*.SAFE) or a Theia/MAJA L2A folder; with qgis_process or processing.run, INPUT=path/to/product.SAFE (or its MTD_MSIL2A.xml) is taken as that folder too. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured; on dates without a mask, clouds and shadows are detected (s2cloudless on Level-1C, spectral rules on Level-2A) and flagged 4, unless &lt;i&gt;Detect clouds and shadows&lt;/i&gt; is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Training prior&lt;/b&gt; (advanced): a network trained on simulations returns about the mean of what its training prior allows for a spectrum. &lt;i&gt;wide&lt;/i&gt; (default): 60 % of the simulations have every leaf and soil parameter drawn independently and widely, so no leaf type decides a dense canopy's LAI; it meets the simulated goals for leaves of any kind, and reads dense canopies mostly from their visible absorption. &lt;i&gt;codistributed&lt;/i&gt;: the leaf and soil parameters follow the ATBD's co-distribution with LAI (as SNAP's SL2P) and LAI is flat on 0–8; slightly more accurate overall where leaves are typical of their LAI, it follows the near infrared of dense canopies somewhat more, and its maps agree better with SL2P's (agreement, not accuracy: no field LAI was at hand). Where leaves are atypical it reads dense canopies low, and its 1σ is then too narrow (±1σ covers 25–40 % of such simulated truths, which also weighs on temporal smoothing). The measured figures are in the README. The prior is written to the EOLATENT_PRIOR tag and named in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none. Without either, the sun is computed from the acquisition time and place, the view zenith is 5° and the relative azimuth 90°, and the log says so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clumping&lt;/b&gt; (true LAI): the networks invert a turbid-medium canopy (leaves placed at random), so LAI, CCC and CWC are &lt;i&gt;effective&lt;/i&gt; values (as SNAP's SL2P). Real canopies group their leaves (shoots, crowns, rows): true LAI = effective LAI / Ω, with the clumping index Ω about 0.5–0.9 for forests. Set one Ω for every pixel, or give a clumping-index map (any CRS and resolution, Ω in 0–1 or in percent, e.g. the global 500 m map of He et al. 2012); FAPAR and FCOVER are unchanged. The default, 1, keeps the effective values; the choice is written to the log and to the EOLATENT_LAI_DEFINITION tag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled). By default (&lt;i&gt;Smoothing window&lt;/i&gt; 0) how smooth the series are, and a factor on the per-date 1σ, are fitted to the input by maximum likelihood, so that the smoothed 1σ means what it says (held-out dates of real series from four regions fell within ±1σ 68–76 % of the time); a window in days sets the smoothness instead.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : donnez l'une des deux. &lt;i&gt;Pile Sentinel-2 ou raster d'une seule date&lt;/i&gt; (INPUT) : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes). &lt;i&gt;Dossier de produit Sentinel-2&lt;/i&gt; (INPUT_FOLDER) : un dossier ESA SAFE L1C/L2A (*.SAFE) ou un dossier Theia/MAJA L2A ; avec qgis_process ou processing.run, INPUT=chemin/vers/produit.SAFE (ou son MTD_MSIL2A.xml) est aussi compris comme ce dossier. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés ; sur les dates sans masque, les nuages et leurs ombres sont détectés (s2cloudless en niveau 1C, règles spectrales en niveau 2A) et signalés par l'indicateur 4, sauf si &lt;i&gt;Détecter les nuages et les ombres&lt;/i&gt; est décoché.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;A priori d'entraînement&lt;/b&gt; (avancé) : un réseau entraîné sur des simulations rend à peu près la moyenne de ce que son a priori d'entraînement permet pour un spectre. &lt;i&gt;wide&lt;/i&gt; (par défaut) : dans 60 % des simulations, chaque paramètre de feuille et de sol est tiré indépendamment et largement, si bien qu'aucun type de feuille ne décide du LAI d'un couvert dense ; il atteint les objectifs simulés pour des feuilles de toute sorte et lit les couverts denses surtout par leur absorption visible. &lt;i&gt;codistributed&lt;/i&gt; : les paramètres de feuille et de sol suivent la co-distribution de l'ATBD avec le LAI (comme SL2P de SNAP) et le LAI est uniforme sur 0–8 ; un peu plus exact dans l'ensemble là où les feuilles sont typiques de leur LAI, il suit un peu plus le proche infrarouge des couverts denses, et ses cartes s'accordent mieux avec celles de SL2P (accord, pas exactitude : aucun LAI de terrain n'était disponible). Là où les feuilles sont atypiques, il lit les couverts denses trop bas, et son 1σ y est alors trop étroit (±1σ couvre 25–40 % de ces vérités simulées, ce qui pèse aussi sur le lissage temporel). Les chiffres mesurés sont dans le README. L'a priori est écrit dans l'étiquette EOLATENT_PRIOR et nommé dans le journal.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas. À défaut, le soleil est calculé à partir de l'heure et du lieu d'acquisition, l'angle zénithal de visée vaut 5° et l'azimut relatif 90°, et le journal l'indique.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Agrégation&lt;/b&gt; (LAI vrai) : les réseaux inversent un couvert en milieu turbide (feuilles placées au hasard), le LAI, le CCC et le CWC sont donc des valeurs &lt;i&gt;effectives&lt;/i&gt; (comme le SL2P de SNAP). Les couverts réels regroupent leurs feuilles (pousses, houppiers, rangs) : LAI vrai = LAI effectif / Ω, l'indice d'agrégation Ω valant environ 0,5–0,9 pour les forêts. Indiquez un Ω pour tous les pixels, ou une carte d'indice d'agrégation (tout SCR et toute résolution, Ω dans 0–1 ou en pourcentage, par exemple la carte mondiale à 500 m de He et al. 2012) ; FAPAR et FCOVER ne changent pas. La valeur par défaut, 1, garde les valeurs effectives ; le choix est écrit dans le journal et dans l'étiquette EOLATENT_LAI_DEFINITION.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé). Par défaut (&lt;i&gt;Fenêtre de lissage&lt;/i&gt; 0), le degré de lissage des séries, ainsi qu'un facteur sur le 1σ de chaque date, sont ajustés à l'entrée par maximum de vraisemblance, pour que le 1σ lissé dise vrai (des dates mises de côté de séries réelles de quatre régions sont tombées dans ±1σ 68–76 % du temps) ; une fenêtre en jours fixe le degré de lissage à la place.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="127" />
      <source>Sun zenith angle (°), for inputs without angle metadata</source>
      <translation>Angle zénithal solaire (°), pour les entrées sans métadonnées d'angles</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="129" />
      <source>View zenith angle (°), for inputs without angle metadata</source>
      <translation>Angle zénithal de visée (°), pour les entrées sans métadonnées d'angles</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="132" />
      <source>Relative sun–view azimuth (°), for inputs without angle metadata</source>
      <translation>Azimut relatif soleil–visée (°), pour les entrées sans métadonnées d'angles</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="147" />
      <source>Clumping index Ω (1 = effective LAI; true LAI = effective / Ω)</source>
      <translation>Indice d'agrégation Ω (1 = LAI effectif ; LAI vrai = effectif / Ω)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="154" />
      <source>Smoothing window (days; 0 = fitted to the data)</source>
      <translation>Fenêtre de lissage (jours ; 0 = ajustée aux données)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="160" />
      <source>Leaf area index LAI (m²/m²)</source>
      <translation>Indice de surface foliaire LAI (m²/m²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="160" />
      <source>FAPAR</source>
      <translation>FAPAR</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="161" />
      <source>FCOVER</source>
      <translation>FCOVER</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="161" />
      <source>Canopy chlorophyll content CCC (g/m²)</source>
      <translation>Contenu en chlorophylle du couvert CCC (g/m²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="162" />
      <source>Canopy water content CWC (kg/m²)</source>
      <translation>Contenu en eau du couvert CWC (kg/m²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="169" />
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="83" />
      <source>Quality flags</source>
      <translation>Indicateurs de qualité</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="190" />
      <source>Give INPUT (a Sentinel-2 stack or raster) or INPUT_FOLDER (a SAFE or Theia/MAJA product folder), not both.</source>
      <translation>Donnez INPUT (une pile ou un raster Sentinel-2) ou INPUT_FOLDER (un dossier de produit SAFE ou Theia/MAJA), pas les deux.</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="193" />
      <source>No input: give INPUT (a Sentinel-2 stack or raster) or INPUT_FOLDER (a SAFE or Theia/MAJA product folder).</source>
      <translation>Aucune entrée : donnez INPUT (une pile ou un raster Sentinel-2) ou INPUT_FOLDER (un dossier de produit SAFE ou Theia/MAJA).</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="207" />
      <source>No input raster: choose a Sentinel-2 stack or raster.</source>
      <translation>Aucun raster en entrée : choisissez une pile ou un raster Sentinel-2.</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="216" />
      <source>No output selected: choose at least the LAI output.</source>
      <translation>Aucune sortie sélectionnée : choisissez au moins la sortie LAI.</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="123" />
      <source>Sentinel-2 stack or single-date raster</source>
      <translation>Pile Sentinel-2 ou raster à une seule date</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="125" />
      <source>Sentinel-2 product folder (SAFE or Theia/MAJA), instead of an input raster</source>
      <translation>Dossier de produit Sentinel-2 (SAFE ou Theia/MAJA), à la place d'un raster d'entrée</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="135" />
      <source>Product level (auto, L2A surface or L1C top-of-atmosphere reflectance)</source>
      <translation>Niveau de produit (auto, réflectance de surface L2A ou au sommet de l'atmosphère L1C)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="138" />
      <source>Band set (auto, 20m: 10 bands, no_b8a: 9 bands, 10m: B02 B03 B04 B08)</source>
      <translation>Jeu de bandes (auto, 20m : 10 bandes, no_b8a : 9 bandes, 10m : B02 B03 B04 B08)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="141" />
      <source>Training prior (wide: the default, for leaves of any kind; codistributed: leaves typical of their LAI, as SL2P)</source>
      <translation>A priori d'entraînement (wide : par défaut, pour des feuilles de toute sorte ; codistributed : feuilles typiques de leur LAI, comme SL2P)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="145" />
      <source>Set water, snow and bare soil to 0 (quality flag 8)</source>
      <translation>Mettre l'eau, la neige et le sol nu à 0 (indicateur de qualité 8)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="150" />
      <source>Clumping-index map (Ω per pixel; the value above where it has none)</source>
      <translation>Carte d'indice d'agrégation (Ω par pixel ; la valeur ci-dessus là où elle n'en a pas)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="153" />
      <source>Smooth along time and fill cloudy dates (weights 1/σ²)</source>
      <translation>Lisser dans le temps et combler les dates nuageuses (poids 1/σ²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="197" />
      <location filename="../processing_provider/parameter_checks.py" line="103" />
      <source>{}: {} does not exist.</source>
      <translation>{} : {} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="236" />
      <location filename="../processing_provider/decode_algorithm.py" line="281" />
      <location filename="../processing_provider/encode_algorithm.py" line="138" />
      <source>Execution provider that ran: {}</source>
      <translation>Fournisseur d'exécution utilisé : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="167" />
      <source>{} uncertainty (1σ)</source>
      <translation>Incertitude {} (1σ)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="220" />
      <source>The smoothing window ({:g} days) is not used: smoothing is off. Tick "Smooth along time and fill cloudy dates" (SMOOTH=true) to smooth.</source>
      <translation>La fenêtre de lissage ({:g} jours) n'est pas utilisée : le lissage est désactivé. Cochez « Lisser dans le temps et combler les dates nuageuses » (SMOOTH=true) pour lisser.</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="56" />
      <source>Build stack (Sentinel-2 / Sentinel-1)</source>
      <translation>Construire une pile (Sentinel-2 / Sentinel-1)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="59" />
      <source>Sentinel-2 and Sentinel-1 products or GeoTIFF folders co-registered into date-ordered stacks on one grid, clouds masked</source>
      <translation>Produits ou dossiers de GeoTIFF Sentinel-2 et Sentinel-1 co-enregistrés en piles ordonnées par date sur une même grille, nuages masqués</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="63" />
      <source>&lt;p&gt;Scans folders of Sentinel-2 and/or Sentinel-1 products, keeps the dates in the chosen range (and, for Sentinel-2, at most the chosen cloud cover), resamples every date onto one target grid and writes one multi-date stack per modality, ready for the other EO Latent algorithms.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sentinel-2 folders&lt;/b&gt;: ESA SAFE L2A (or L1C) folders, Theia/MAJA L2A folders, and GeoTIFFs whose band descriptions name the bands (B02, B03, ...), per date, one file per band (the files of one date in one folder are joined) or as stacks. &lt;b&gt;Sentinel-1 folders&lt;/b&gt;: backscatter GeoTIFFs of VV and/or VH, sigma0 or gamma0, in dB or linear power: S1Tiling outputs, pyroSAR outputs, or per-date files with the polarisation and the date in the name or tags. Folders are searched recursively; several folders can be given separated by ';'. Keep the two sensors in separate folders. Other rasters in the folders (land cover, DEM, ...) are skipped and listed in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: the first and last day kept (inclusive); empty = no limit. &lt;b&gt;Maximum cloud cover&lt;/b&gt; (percent) uses the product metadata; dates without a known cloud cover are kept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: the masks of the products are applied (L2A SCL, Theia CLM, CLOUD/VALID bands or *_mask.tif files). Where a date has no mask, &lt;b&gt;Detect clouds and shadows&lt;/b&gt; finds them: s2cloudless (Sinergise, CC BY-SA 4.0) for L1C dates (they have B01, B09 and B10), a rule set for other band sets (L2A; it misses thin or hazy clouds), clouds projected along the sun direction onto dark pixels for shadows. The detected pixels become no data, the log gives the percentage per date, and the band metadata CLOUD_MASK, CLOUD_DETECTED and SHADOW_DETECTED record it. Untick it to keep every pixel of such dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Area&lt;/b&gt;: an extent and/or a polygon layer (all its features together). Pixels outside the polygon are no data. Without either, the stacks cover all the data (the common part of both sensors when both are built).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Target grid&lt;/b&gt;: the CRS of the first Sentinel-2 date unless a target CRS is given (a projected CRS in metres), the pixel size given by the resolution, edges on multiples of it. Reflectance is resampled bilinearly, except bands a product stores on the target grid itself (a product's 20 m bands at 20 m), which are copied; backscatter bilinearly in linear power (not in dB) and written in dB; cloud and no-data masks by nearest neighbour.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: float32 GeoTIFF stacks, bands ordered date by date ("B04 2020-07-01", "VV 2020-07-03"), with band metadata (date, sensor, angles, cloud cover, units, sigma0 or gamma0); invalid pixels are no data (NaN). Build only one sensor by leaving the other folder empty; the dates kept are returned as S2_DATES and S1_DATES.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Parcourt des dossiers de produits Sentinel-2 et/ou Sentinel-1, conserve les dates de l'intervalle choisi (et, pour Sentinel-2, celles dont la couverture nuageuse ne dépasse pas le maximum choisi), rééchantillonne chaque date sur une même grille cible et écrit une pile multidate par modalité, prête pour les autres algorithmes EO Latent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dossiers Sentinel-2&lt;/b&gt; : dossiers ESA SAFE L2A (ou L1C), dossiers Theia/MAJA L2A et GeoTIFF dont les descriptions de bandes nomment les bandes (B02, B03, ...), par date ou en piles. &lt;b&gt;Dossiers Sentinel-1&lt;/b&gt; : GeoTIFF de rétrodiffusion en VV et/ou VH, en sigma0 ou gamma0, en dB ou en puissance linéaire : sorties de S1Tiling, sorties de pyroSAR, ou fichiers par date portant la polarisation et la date dans leur nom ou leurs étiquettes. Les dossiers sont parcourus récursivement ; plusieurs dossiers peuvent être indiqués, séparés par ';'. Placez les deux capteurs dans des dossiers distincts. Les autres rasters des dossiers (occupation du sol, MNT, ...) sont ignorés et listés dans le journal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; : premier et dernier jour conservés (inclus) ; vide = pas de limite. La &lt;b&gt;couverture nuageuse maximale&lt;/b&gt; (en pourcentage) s'appuie sur les métadonnées du produit ; les dates dont la couverture nuageuse est inconnue sont conservées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages&lt;/b&gt; : les masques des produits sont appliqués (SCL L2A, CLM Theia, bandes CLOUD/VALID ou fichiers *_mask.tif). Pour une date sans masque, &lt;b&gt;Détecter les nuages et les ombres&lt;/b&gt; les trouve : s2cloudless (Sinergise, CC BY-SA 4.0) pour les dates L1C (elles ont B01, B09 et B10), un jeu de règles pour les autres jeux de bandes (L2A ; il manque les nuages fins ou les voiles), les nuages projetés selon la direction du soleil sur les pixels sombres pour les ombres. Les pixels détectés deviennent sans données, le journal donne le pourcentage par date et les métadonnées de bande CLOUD_MASK, CLOUD_DETECTED et SHADOW_DETECTED l'enregistrent. Décochez-la pour garder tous les pixels de ces dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zone&lt;/b&gt; : une emprise et/ou une couche de polygones (toutes ses entités ensemble). Les pixels hors du polygone sont sans données. Sans l'une ni l'autre, les piles couvrent toutes les données (la partie commune aux deux capteurs quand les deux sont construites).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grille cible&lt;/b&gt; : le SCR de la première date Sentinel-2, sauf si un SCR cible est indiqué (un SCR projeté en mètres), la taille de pixel donnée par la résolution, des bords sur des multiples de celle-ci. La réflectance est rééchantillonnée en bilinéaire, sauf les bandes qu'un produit stocke sur la grille cible elle-même (les bandes à 20 m d'un produit, à 20 m), qui sont copiées ; la rétrodiffusion en bilinéaire en puissance linéaire (pas en dB), puis écrite en dB ; les masques de nuages et de nodata au plus proche voisin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : piles GeoTIFF float32, bandes ordonnées date par date ("B04 2020-07-01", "VV 2020-07-03"), avec des métadonnées de bande (date, capteur, angles, couverture nuageuse, unités, sigma0 ou gamma0) ; les pixels invalides sont sans données (NaN). Pour ne construire qu'un seul capteur, laissez l'autre dossier vide ; les dates conservées sont renvoyées dans S2_DATES et S1_DATES.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="115" />
      <source>Maximum cloud cover of a Sentinel-2 date (%)</source>
      <translation>Couverture nuageuse maximale d'une date Sentinel-2 (%)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="127" />
      <source>Resolution (target CRS units, metres)</source>
      <translation>Résolution (unités du SCR cible, mètres)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="131" />
      <source>Window size (pixels)</source>
      <translation>Taille de fenêtre (pixels)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="104" />
      <source>Sentinel-2 folder (several: separate with ';')</source>
      <translation>Dossier Sentinel-2 (plusieurs : séparer par ';')</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="107" />
      <source>Sentinel-1 folder (several: separate with ';')</source>
      <translation>Dossier Sentinel-1 (plusieurs : séparer par ';')</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="110" />
      <source>First date (YYYY-MM-DD, empty: no limit)</source>
      <translation>Première date (AAAA-MM-JJ, vide : pas de limite)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="113" />
      <source>Last date (YYYY-MM-DD, empty: no limit)</source>
      <translation>Dernière date (AAAA-MM-JJ, vide : pas de limite)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="120" />
      <source>Extent</source>
      <translation>Emprise</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="122" />
      <source>Area polygon(s) (pixels outside are no data)</source>
      <translation>Polygone(s) de la zone (les pixels à l'extérieur sont sans données)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="125" />
      <source>Target CRS (empty: CRS of the first Sentinel-2 date)</source>
      <translation>SCR cible (vide : SCR de la première date Sentinel-2)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="129" />
      <source>Sentinel-2 bands to keep, comma-separated (empty: all)</source>
      <translation>Bandes Sentinel-2 à conserver, séparées par des virgules (vide : toutes)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="135" />
      <source>Sentinel-2 dates kept</source>
      <translation>Dates Sentinel-2 conservées</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="136" />
      <source>Sentinel-1 dates kept</source>
      <translation>Dates Sentinel-1 conservées</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="177" />
      <source>No input folder: choose a Sentinel-2 folder, a Sentinel-1 folder or both.</source>
      <translation>Aucun dossier en entrée : choisissez un dossier Sentinel-2, un dossier Sentinel-1 ou les deux.</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="145" />
      <source>The area layer cannot be read.</source>
      <translation>La couche de zone ne peut pas être lue.</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="148" />
      <source>The area layer has no polygon; choose a layer with at least one polygon.</source>
      <translation>La couche de zone n'a aucun polygone ; choisissez une couche avec au moins un polygone.</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="164" />
      <source>The extent and the area polygon do not overlap; change one of them.</source>
      <translation>L'emprise et le polygone de zone ne se recouvrent pas ; modifiez l'un des deux.</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="189" />
      <source>The {} stack is written to a temporary file (in this model nothing uses it): {}</source>
      <translation>La pile {} est écrite dans un fichier temporaire (dans ce modèle, rien ne l'utilise) : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="192" />
      <source>A {} folder is given but its output is skipped; choose an output file.</source>
      <translation>Un dossier {} est indiqué mais sa sortie est ignorée ; choisissez un fichier de sortie.</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="213" />
      <source>{}: {} date(s): {}</source>
      <translation>{} : {} date(s) : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="42" />
      <source>&lt;p&gt;&lt;b&gt;Additional feature rasters&lt;/b&gt; (optional): more rasters whose features are stacked after INPUT's, in the order given — another latent raster (e.g. a Presto latent beside a fine4 one) or the physical variables of eolatent:biophysical, eolatent:decode or eolatent:soilmoisture (LAI, FCOVER, Cab, Cw, soil moisture: one feature per date). They must be in INPUT's CRS and cover the same area; the result has the finest of their grids, a coarser raster (e.g. a 40 m latent beside 10 m LAI) being repeated onto it when its pixel size is a whole multiple.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Rasters de caractéristiques supplémentaires&lt;/b&gt; (facultatif) : d'autres rasters dont les caractéristiques sont empilées après celles d'INPUT, dans l'ordre donné — un autre raster latent (p. ex. un latent Presto à côté d'un latent fine4) ou les variables physiques de eolatent:biophysical, eolatent:decode ou eolatent:soilmoisture (LAI, FCOVER, Cab, Cw, humidité du sol : une caractéristique par date). Ils doivent être dans le SCR d'INPUT et couvrir la même zone ; le résultat a la plus fine de leurs grilles, un raster plus grossier (p. ex. un latent de 40 m à côté d'un LAI à 10 m) y étant répété quand sa taille de pixel en est un multiple entier.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="72" />
      <source>Classify (land-cover map from labelled polygons)</source>
      <translation>Classer (carte d'occupation du sol à partir de polygones étiquetés)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="75" />
      <source>A land-cover map and its confidence from labelled polygons or points (train), or with a saved classifier (apply)</source>
      <translation>Une carte d'occupation du sol et sa confiance à partir de polygones ou de points étiquetés (entraînement), ou avec un classifieur enregistré (application)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="30" />
      <source>Additional latent rasters (stacked after the input latent)</source>
      <translation>Rasters latents supplémentaires (empilés après le latent d'entrée)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="32" />
      <source>Additional feature rasters (stacked after the input)</source>
      <translation>Rasters de caractéristiques supplémentaires (empilés après l'entrée)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="114" />
      <source>&lt;p&gt;&lt;b&gt;Classifier&lt;/b&gt;: &lt;i&gt;forest&lt;/i&gt; (random forest, the default), &lt;i&gt;lda&lt;/i&gt; (linear discriminant analysis with a shrunk covariance), &lt;i&gt;logistic&lt;/i&gt; (logistic regression), &lt;i&gt;knn&lt;/i&gt; (k nearest neighbours; it keeps at most 500 training pixels a class), &lt;i&gt;auto&lt;/i&gt;: the one of these four or the ensemble with the best macro-F1 in a leave-one-out / k-fold validation over the training polygons and points (each one a single row, the mean of its pixels), refitted on every training pixel, the log and the model card saying which won; or &lt;i&gt;ensemble&lt;/i&gt;: the mean class probability of lda, logistic, knn and forest, each fitted on one raster of the stack only (INPUT, then each additional raster), every raster weighted equally (the kNN keeps at most 500 training pixels a class). With few labels (2–20 per class), the ensemble of a Presto latent with the raw Sentinel-2 stack as an additional raster was the best choice, or within 0.025 macro-F1 of it, on all five data sets of bench/label_efficiency.md; with many labels &lt;i&gt;auto&lt;/i&gt; does better.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Classifieur&lt;/b&gt; : &lt;i&gt;forest&lt;/i&gt; (forêt aléatoire, par défaut), &lt;i&gt;lda&lt;/i&gt; (analyse discriminante linéaire à covariance rétrécie), &lt;i&gt;logistic&lt;/i&gt; (régression logistique), &lt;i&gt;knn&lt;/i&gt; (k plus proches voisins ; il garde au plus 500 pixels d'entraînement par classe), &lt;i&gt;auto&lt;/i&gt; : celui de ces quatre ou l'ensemble qui obtient le meilleur F1 macro dans une validation leave-one-out / k-fold sur les polygones et points d'entraînement (chacun une seule ligne, la moyenne de ses pixels), réentraîné ensuite sur tous les pixels d'entraînement, le journal et la fiche du modèle indiquant lequel a gagné ; ou &lt;i&gt;ensemble&lt;/i&gt; : la moyenne des probabilités de classe de lda, logistic, knn et forest, chacun entraîné sur un seul raster de la pile (INPUT, puis chaque raster supplémentaire), chaque raster ayant le même poids (le kNN garde au plus 500 pixels d'entraînement par classe). Avec peu d'étiquettes (2 à 20 par classe), l'ensemble d'un latent Presto et de la pile Sentinel-2 brute donnée comme raster supplémentaire a été le meilleur choix, ou à moins de 0,025 de F1 macro du meilleur, sur les cinq jeux de données de bench/label_efficiency.md ; avec beaucoup d'étiquettes, &lt;i&gt;auto&lt;/i&gt; fait mieux.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="143" />
      <source>Fraction of polygons set aside for validation</source>
      <translation>Fraction des polygones réservée à la validation</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="145" />
      <source>Spatial block size of the validation split (CRS units, 0 = automatic)</source>
      <translation>Taille des blocs spatiaux de la séparation de validation (unités du SCR, 0 = automatique)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="156" />
      <source>Number of trees</source>
      <translation>Nombre d'arbres</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="157" />
      <location filename="../processing_provider/cluster_algorithm.py" line="58" />
      <source>Random seed</source>
      <translation>Graine aléatoire</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="158" />
      <source>Land-cover map</source>
      <translation>Carte d'occupation du sol</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="159" />
      <source>Confidence (highest class probability)</source>
      <translation>Confiance (probabilité de la classe la plus probable)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="179" />
      <source>No input: choose a latent raster (eolatent:encode) or a stack.</source>
      <translation>Aucune entrée : choisissez un raster latent (eolatent:encode) ou une pile.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="232" />
      <source>training</source>
      <translation>d'entraînement</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="111" />
      <source>&lt;p&gt;A classifier trained with additional feature rasters is applied to the same kinds of rasters in the same order (INPUT, then the additional ones); another order or another kind of raster is refused.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Un classifieur entraîné avec des rasters de caractéristiques supplémentaires s'applique aux mêmes types de rasters dans le même ordre (INPUT, puis les supplémentaires) ; un autre ordre ou un autre type de raster est refusé.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="130" />
      <source>Latent raster (or a raw stack, for comparison)</source>
      <translation>Raster latent (ou une pile brute, pour comparaison)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="133" />
      <source>Mode</source>
      <translation>Mode</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="136" />
      <source>Training polygons or points (train mode)</source>
      <translation>Polygones ou points d'entraînement (mode entraîner)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="139" />
      <source>Class field (train mode)</source>
      <translation>Champ de classe (mode entraîner)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="142" />
      <source>Saved classifier ONNX (apply mode)</source>
      <translation>Classifieur ONNX enregistré (mode appliquer)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="150" />
      <source>After validating, fit the classifier again on every label (for the map and the saved classifier)</source>
      <translation>Après la validation, réentraîner le classifieur sur toutes les étiquettes (pour la carte et le classifieur enregistré)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="153" />
      <source>Classifier (the help says what each one is)</source>
      <translation>Classifieur (l'aide dit ce qu'est chacun)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="162" />
      <source>Classifier (ONNX, train mode)</source>
      <translation>Classifieur (ONNX, mode entraîner)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="162" />
      <source>ONNX files (*.onnx)</source>
      <translation>Fichiers ONNX (*.onnx)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="167" />
      <location filename="../processing_provider/classify_algorithm.py" line="170" />
      <source>Accuracy report (train mode)</source>
      <translation>Rapport de précision (mode entraîner)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="168" />
      <source>HTML files (*.html);;JSON files (*.json)</source>
      <translation>Fichiers HTML (*.html);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="171" />
      <source>Overall accuracy (validation)</source>
      <translation>Précision globale (validation)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="172" />
      <source>Kappa (validation)</source>
      <translation>Kappa (validation)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="173" />
      <source>Macro F1 (validation)</source>
      <translation>F1 macro (validation)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="175" />
      <source>Classifier id</source>
      <translation>Identifiant du classifieur</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="204" />
      <source>Apply mode needs a saved classifier: give MODEL (an .onnx file written by eolatent:classify in train mode).</source>
      <translation>Le mode appliquer nécessite un classifieur enregistré : indiquez MODEL (un fichier .onnx écrit par eolatent:classify en mode entraîner).</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="229" />
      <source>Train mode needs a training layer: give TRAINING (polygons or points with a class field).</source>
      <translation>Le mode entraîner nécessite une couche d'entraînement : indiquez TRAINING (polygones ou points avec un champ de classe).</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="246" />
      <source>Every training feature has class 0, the class map's nodata; give classes 1 or more.</source>
      <translation>Toutes les entités d'entraînement ont la classe 0, le nodata de la carte des classes ; donnez des classes à partir de 1.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="79" />
      <source>&lt;p&gt;Makes a land-cover (or land-use) map from a latent raster and a few labelled polygons or points. &lt;b&gt;Train&lt;/b&gt; mode fits a classifier (scikit-learn; a random forest unless &lt;i&gt;Classifier&lt;/i&gt; says otherwise) on the latent features of the labelled pixels, measures it on a spatially separated validation split, saves it as an ONNX classifier with its model card, and maps the whole raster. &lt;b&gt;Apply&lt;/b&gt; mode maps a raster with a saved classifier — another area or another year in the same season — and needs neither scikit-learn nor training data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a latent raster from eolatent:encode (features: the latent means of every time window), or, for comparison, any other raster such as a Sentinel-2 stack from eolatent:buildstack (features: its bands). The map has the input's resolution (40 m for the fine latent preset).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Training layer&lt;/b&gt;: polygons or points with a class field (text or integer). A pixel is labelled when its centre lies in a polygon; a point labels the pixel that holds it. Features with an empty class are skipped. Class names and colours come from the layer's categorized style on the class field when it has one, else from a fixed palette; integer classes keep their values in the map, as do classes of a decimal or text field that are all whole numbers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Validation&lt;/b&gt;: a fraction of the polygons (default 0.3), taken as whole spatial blocks, is set aside; no polygon has pixels on both sides, and no class gives up more than its share when the blocks allow it. The report gives the overall accuracy, kappa, per-class precision, recall and F1 and the confusion matrix on these pixels, for the classifier trained without them. Then, by default (&lt;i&gt;After validating, fit the classifier again on every label&lt;/i&gt;), the classifier is fitted again on every label, validation polygons included, and that one makes the map and is saved: with few labels a third of them is too much to leave out of the map. Untick it to map with the validated classifier itself. A class with fewer than two usable polygons is trained but not validated (the report says so). The spatial block size (advanced) is in the raster's CRS units, degrees of latitude in a geographic CRS; 0 chooses it from the samples' spread.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the class map (0 = nodata), the confidence (highest class probability, 0–1), the classifier (.onnx) and the report (.html, or .json for a machine-readable one). Applying a classifier made for another encoder, season or set of bands is refused, and one whose input values are on another scale than its training data's (reflectance 0–1 against ×10000) is warned about.&lt;/p&gt;&lt;p&gt;Training needs scikit-learn and skl2onnx; the message says how to install them if they are missing. With qgis_process or processing.run, MODEL given without MODE and without TRAINING means apply mode.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Produit une carte d'occupation (ou d'usage) du sol à partir d'un raster latent et de quelques polygones ou points étiquetés. Le mode &lt;b&gt;entraîner&lt;/b&gt; ajuste un classifieur (scikit-learn ; une forêt aléatoire, sauf si &lt;i&gt;Classifieur&lt;/i&gt; en indique un autre) sur les variables latentes des pixels étiquetés, la mesure sur un échantillon de validation séparé spatialement, l'enregistre comme classifieur ONNX avec sa fiche de modèle et cartographie tout le raster. Le mode &lt;b&gt;appliquer&lt;/b&gt; cartographie un raster avec un classifieur enregistré — une autre zone ou une autre année à la même saison — et n'a besoin ni de scikit-learn ni de données d'entraînement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : un raster latent issu d'eolatent:encode (variables : les moyennes latentes de chaque fenêtre temporelle) ou, pour comparaison, tout autre raster, par exemple une pile Sentinel-2 d'eolatent:buildstack (variables : ses bandes). La carte a la résolution de l'entrée (40 m pour le préréglage latent fin).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Couche d'entraînement&lt;/b&gt; : des polygones ou des points avec un champ de classe (texte ou entier). Un pixel est étiqueté quand son centre est dans un polygone ; un point étiquette le pixel qui le contient. Les entités sans classe sont ignorées. Les noms et couleurs des classes viennent du style catégorisé de la couche sur le champ de classe s'il existe, sinon d'une palette fixe ; les classes entières gardent leur valeur dans la carte, comme celles d'un champ décimal ou texte qui ne sont toutes que des nombres entiers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Validation&lt;/b&gt; : une fraction des polygones (0,3 par défaut), prise par blocs spatiaux entiers, est mise de côté ; aucun polygone n'a de pixels des deux côtés, et aucune classe n'en cède plus que sa part quand les blocs le permettent. Le rapport donne la précision globale, le kappa, la précision, le rappel et le F1 par classe et la matrice de confusion sur ces pixels, pour le classifieur entraîné sans eux. Ensuite, par défaut (&lt;i&gt;Après la validation, réentraîner le classifieur sur toutes les étiquettes&lt;/i&gt;), le classifieur est ajusté à nouveau sur toutes les étiquettes, polygones de validation compris, et c'est lui qui produit la carte et qui est enregistré : avec peu d'étiquettes, en écarter un tiers de la carte coûte trop. Décochez l'option pour cartographier avec le classifieur validé lui-même. Une classe ayant moins de deux polygones utilisables est entraînée mais pas validée (le rapport le signale). La taille des blocs spatiaux (avancé) est dans les unités du SCR du raster, en degrés de latitude dans un SCR géographique ; 0 la choisit d'après l'étendue des échantillons.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : la carte des classes (0 = sans donnée), la confiance (probabilité de la classe la plus probable, 0–1), le classifieur (.onnx) et le rapport (.html, ou .json pour une lecture par programme). Un classifieur fait pour un autre encodeur, une autre saison ou d'autres bandes est refusé, et un classifieur dont les valeurs d'entrée sont à une autre échelle que celles de ses données d'entraînement (réflectance 0–1 contre ×10000) fait l'objet d'un avertissement.&lt;/p&gt;&lt;p&gt;L'entraînement nécessite scikit-learn et skl2onnx ; s'ils manquent, le message indique comment les installer. Avec qgis_process ou processing.run, MODEL donné sans MODE et sans TRAINING signifie le mode application.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="208" />
      <source>Classifier {}: {} classes; execution provider {}</source>
      <translation>Classifieur {} : {} classes ; fournisseur d'exécution {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="295" />
      <source>Validation ({} pixels): overall accuracy {:.1f} %, kappa {:.3f}, macro F1 {:.3f}</source>
      <translation>Validation ({} pixels) : précision globale {:.1f} %, kappa {:.3f}, F1 macro {:.3f}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="133" />
      <source>train a classifier and map</source>
      <translation>entraîner un classifieur et cartographier</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="134" />
      <source>apply a saved classifier</source>
      <translation>appliquer un classifieur enregistré</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="200" />
      <source>Apply mode: {} are for train mode and are not used (the classes and the features come from MODEL).</source>
      <translation>Mode application : {} servent au mode entraînement et ne sont pas utilisés (les classes et les variables viennent de MODEL).</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="221" />
      <source>Training a classifier needs scikit-learn and skl2onnx.</source>
      <translation>L'entraînement d'un classifieur nécessite scikit-learn et skl2onnx.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="243" />
      <source>{} feature(s) of class 0 were skipped: 0 is the class map's nodata (recode them to use them)</source>
      <translation>{} entité(s) de classe 0 ignorée(s) : 0 est le nodata de la carte des classes (recodez-les pour les utiliser)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="256" />
      <source>{} feature(s) with an empty class were skipped</source>
      <translation>{} entité(s) sans classe ont été ignorée(s)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="258" />
      <location filename="../processing_provider/similarity_algorithm.py" line="67" />
      <source>{} feature(s) without a geometry (empty or NULL) were skipped</source>
      <translation>{} entité(s) sans géométrie (vide ou NULL) ont été ignorées</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="268" />
      <source>The classifier is written to a temporary file ({}), deleted when QGIS closes: to apply it later (MODE apply), save it with OUTPUT_MODEL (Classifier).</source>
      <translation>Le classifieur est écrit dans un fichier temporaire ({}), supprimé à la fermeture de QGIS : pour l'appliquer plus tard (MODE apply), enregistrez-le avec OUTPUT_MODEL (Classifieur).</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="277" />
      <location filename="../processing_provider/textquery_algorithm.py" line="154" />
      <source>Cannot write {}: {}</source>
      <translation>Impossible d'écrire {} : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="38" />
      <source>Overall accuracy</source>
      <translation>Précision globale</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="39" />
      <source>Kappa</source>
      <translation>Kappa</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="40" />
      <source>Macro F1</source>
      <translation>F1 macro</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="41" />
      <source>Validation pixels</source>
      <translation>Pixels de validation</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="19" />
      <location filename="../processing_provider/classify_report.py" line="22" />
      <source>Land-cover classification report</source>
      <translation>Rapport de classification de l'occupation du sol</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="23" />
      <source>Classifier</source>
      <translation>Classifieur</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="24" />
      <source>Raster</source>
      <translation>Raster</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="24" />
      <source>training layer</source>
      <translation>couche d'entraînement</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="25" />
      <source>class field</source>
      <translation>champ de classe</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="27" />
      <source>Training: {} sample(s), {} pixels. Validation: {} sample(s), {} pixels, spatially separated (whole polygons in spatial blocks of {:.0f} map units).</source>
      <translation>Entraînement : {} échantillon(s), {} pixels. Validation : {} échantillon(s), {} pixels, séparés spatialement (polygones entiers dans des blocs spatiaux de {:.0f} unités de la carte).</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="34" />
      <source>No validation: no sample was set aside (validation fraction 0, or too few samples per class).</source>
      <translation>Pas de validation : aucun échantillon n'a été mis de côté (fraction de validation 0, ou trop peu d'échantillons par classe).</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="37" />
      <source>Accuracy on the validation split</source>
      <translation>Précision sur l'échantillon de validation</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="43" />
      <source>Per class</source>
      <translation>Par classe</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="49" />
      <source>Confusion matrix (rows: reference, columns: predicted)</source>
      <translation>Matrice de confusion (lignes : référence, colonnes : prédiction)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="57" />
      <source>Notes</source>
      <translation>Remarques</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="44" />
      <source>Class</source>
      <translation>Classe</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="44" />
      <source>Precision</source>
      <translation>Précision</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="44" />
      <source>Recall</source>
      <translation>Rappel</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="44" />
      <source>F1</source>
      <translation>F1</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="44" />
      <source>Pixels</source>
      <translation>Pixels</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="29" />
      <source>Cluster a latent raster (k-means)</source>
      <translation>Regrouper un raster latent (k-moyennes)</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="32" />
      <source>Groups of similar pixels of a latent raster (k-means; k given, or chosen by the silhouette criterion)</source>
      <translation>Groupes de pixels semblables d'un raster latent (k-moyennes ; k donné, ou choisi par le critère de la silhouette)</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="45" />
      <source>&lt;p&gt;With additional feature rasters every feature is standardised (mean 0, standard deviation 1 over the sampled pixels) before k-means, so that no raster outweighs the others by its units.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Avec des rasters de caractéristiques supplémentaires, chaque caractéristique est standardisée (moyenne 0, écart-type 1 sur les pixels échantillonnés) avant les k-moyennes, afin qu'aucun raster ne l'emporte sur les autres par ses unités.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="52" />
      <source>Number of clusters (0 = automatic, silhouette criterion)</source>
      <translation>Nombre de groupes (0 = automatique, critère de la silhouette)</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="54" />
      <source>Largest k tried when automatic</source>
      <translation>Plus grand k essayé en mode automatique</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="56" />
      <source>Pixels sampled to fit k-means</source>
      <translation>Pixels tirés pour ajuster les k-moyennes</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="59" />
      <source>Clusters</source>
      <translation>Groupes</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="67" />
      <location filename="../processing_provider/similarity_algorithm.py" line="63" />
      <source>No input: choose a latent raster (eolatent:encode).</source>
      <translation>Aucune entrée : choisissez un raster latent (eolatent:encode).</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="36" />
      <source>&lt;p&gt;Groups the pixels of a latent raster into &lt;b&gt;k clusters&lt;/b&gt; of similar latent features (all time windows together): an unsupervised map to look at before labelling anything.&lt;/p&gt;&lt;p&gt;&lt;b&gt;K&lt;/b&gt;: the number of clusters, or 0 to choose it automatically: k-means is fitted for k = 2 … the largest k tried, and the k with the highest mean &lt;b&gt;silhouette&lt;/b&gt; width (compact, well separated clusters; computed on at most 3000 sampled pixels) wins. The scores are in the log.&lt;/p&gt;&lt;p&gt;k-means (scikit-learn MiniBatchKMeans, seeded) is fitted on a random sample of pixels; every pixel then goes to its nearest centroid, tile by tile. Clusters are numbered 1 … k by decreasing size in the sample; 0 is nodata. Any other raster (e.g. a Sentinel-2 stack) can be clustered on its bands too.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Regroupe les pixels d'un raster latent en &lt;b&gt;k groupes&lt;/b&gt; de variables latentes semblables (toutes les fenêtres temporelles ensemble) : une carte non supervisée à regarder avant d'étiqueter quoi que ce soit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;K&lt;/b&gt; : le nombre de groupes, ou 0 pour le choisir automatiquement : les k-moyennes sont ajustées pour k = 2 … le plus grand k essayé, et le k de plus grande &lt;b&gt;silhouette&lt;/b&gt; moyenne (groupes compacts et bien séparés ; calculée sur au plus 3000 pixels tirés) l'emporte. Les scores figurent dans le journal.&lt;/p&gt;&lt;p&gt;Les k-moyennes (scikit-learn MiniBatchKMeans, avec graine) sont ajustées sur un échantillon aléatoire de pixels ; chaque pixel va ensuite au centroïde le plus proche, tuile par tuile. Les groupes sont numérotés de 1 à k par taille décroissante dans l'échantillon ; 0 = sans donnée. Tout autre raster (par exemple une pile Sentinel-2) peut aussi être regroupé sur ses bandes.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="50" />
      <location filename="../processing_provider/decode_algorithm.py" line="198" />
      <location filename="../processing_provider/encode_algorithm.py" line="112" />
      <source>Latent raster</source>
      <translation>Raster latent</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="60" />
      <source>Number of clusters</source>
      <translation>Nombre de groupes</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="61" />
      <source>Silhouette by k (JSON)</source>
      <translation>Silhouette par k (JSON)</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="77" />
      <source>k = {} chosen by the silhouette criterion</source>
      <translation>k = {} choisi par le critère de la silhouette</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="78" />
      <source>cluster {}</source>
      <translation>groupe {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="139" />
      <source>Decode a latent raster (LAI, FCOVER, soil moisture, …)</source>
      <translation>Décoder un raster latent (LAI, FCOVER, humidité du sol, …)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="142" />
      <source>Physical variables (LAI, FCOVER, soil moisture, …) from a latent raster at the dates and resolution you choose</source>
      <translation>Variables physiques (LAI, FCOVER, humidité du sol, …) à partir d'un raster latent, aux dates et à la résolution de votre choix</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="146" />
      <source>&lt;p&gt;Decodes a latent raster made by eolatent:encode into physical variables — leaf area index LAI (m²/m²), vegetation cover FCOVER, soil moisture SM (m³/m³), and optionally leaf chlorophyll CAB (µg/cm²), leaf water CW (g/cm²), dry matter CM (g/cm²) and soil brightness — at the dates and the resolution you choose, with an optional 1σ uncertainty per variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: a comma-separated list of dates (2020-07-01, 2020-07-15), or else a regular series from the first to the last day every &lt;i&gt;Series: step&lt;/i&gt; days (default 7, weekly); empty first/last day = the encoded period. A date inside an encoded window is decoded from that window; a date between two encoded windows (a window without acquisitions is not encoded) is the linear blend in time of the two neighbours (uncertainty blended the same way). A window is not decoded more than 15 days from its centre (the range the decoders are trained on): further away, its value is held, and the 1σ of LAI and FCOVER grows with the distance (by the drift measured on real Sentinel-2 series). Dates outside the encoded period are refused.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: a chunk with no valid observation in a window is no data there. With &lt;i&gt;Fill cloudy chunks from the neighbouring windows&lt;/i&gt; (default), such a chunk is decoded from its nearest valid windows before and after, blended in time; it stays no data where one side has none. In a latent of Sentinel-2 and Sentinel-1, a window where only the radar saw a chunk is skipped the same way for the optical variables (all but soil moisture), which would be the decoder's guess from radar there: they are blended from the chunk's nearest windows with a Sentinel-2 observation, or taken from the nearest one where those lie on one side only (its value held, the 1σ of LAI and FCOVER growing with the distance). A chunk that Sentinel-2 never saw keeps the guess from radar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resolution&lt;/b&gt; (metres): a multiple of the stack pixel size that divides the chunk (for the fine preset at 10 m: 10, 20 or 40 m); empty = the stack resolution. A coarse pixel is the decoder's value at its centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: the decoder of the encoder that made the latent raster; a decoder ONNX file (advanced) may be given, and is refused if it was trained for another encoder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one GeoTIFF per variable, one band per date in date order. Each band's description starts with its date ("2020-07-01 LAI [m2/m2]") and its metadata carries DATE, VARIABLE and UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal controller&lt;/b&gt;: QGIS 3.38 and later can map each band to a date: the outputs are given the temporal mode &lt;i&gt;Fixed time range per band&lt;/i&gt; (each band from its date to the next), so the temporal controller shows the band of the current date. QGIS 3.22 to 3.36 cannot map the bands of one GeoTIFF to dates; there (advanced option, on by default) each output also gets a folder &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; with one small VRT per date (pointing to the band, no pixel copied), and the outputs loaded on completion come with a group &lt;i&gt;… by date&lt;/i&gt; of one layer per date, each with the fixed time range from its date to the next: the temporal controller animates that group. Open the VRTs yourself (Temporal ▸ Fixed time range) for outputs not loaded on completion.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Décode un raster latent produit par eolatent:encode en variables physiques — indice de surface foliaire LAI (m²/m²), couvert végétal FCOVER, humidité du sol SM (m³/m³) et, en option, chlorophylle foliaire CAB (µg/cm²), eau foliaire CW (g/cm²), matière sèche CM (g/cm²) et brillance du sol — aux dates et à la résolution de votre choix, avec en option une incertitude à 1σ par variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; : une liste de dates séparées par des virgules (2020-07-01, 2020-07-15), ou sinon une série régulière du premier au dernier jour, tous les &lt;i&gt;Série : pas&lt;/i&gt; jours (7 par défaut, hebdomadaire) ; premier/dernier jour vide = la période encodée. Une date située dans une fenêtre encodée est décodée à partir de cette fenêtre ; une date située entre deux fenêtres encodées (une fenêtre sans acquisition n'est pas encodée) est le mélange linéaire dans le temps des deux voisines (l'incertitude est mélangée de la même façon). Une fenêtre n'est jamais décodée à plus de 15 jours de son centre (l'intervalle sur lequel les décodeurs sont entraînés) : au-delà, sa valeur est maintenue et l'incertitude à 1σ de LAI et FCOVER croît avec la distance (selon la dérive mesurée sur des séries Sentinel-2 réelles). Les dates hors de la période encodée sont refusées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages&lt;/b&gt; : un bloc sans observation valide dans une fenêtre y est sans données. Avec &lt;i&gt;Combler les blocs nuageux à partir des fenêtres voisines&lt;/i&gt; (par défaut), un tel bloc est décodé à partir de ses fenêtres valides les plus proches avant et après, mélangées dans le temps ; il reste sans données là où l'un des deux côtés n'en a pas. Dans un latent de Sentinel-2 et Sentinel-1, une fenêtre où seul le radar a vu un bloc est sautée de la même façon pour les variables optiques (toutes sauf l'humidité du sol), qui y seraient la supposition du décodeur à partir du radar : elles sont mélangées à partir des fenêtres les plus proches du bloc ayant une observation Sentinel-2, ou prises de la plus proche là où celles-ci ne sont que d'un côté (sa valeur maintenue, l'incertitude à 1σ de LAI et FCOVER croissant avec la distance). Un bloc que Sentinel-2 n'a jamais vu garde la supposition radar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Résolution&lt;/b&gt; (mètres) : un multiple de la taille de pixel de la pile qui divise le bloc (pour le préréglage fine à 10 m : 10, 20 ou 40 m) ; vide = la résolution de la pile. Un pixel grossier prend la valeur du décodeur en son centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : le décodeur de l'encodeur qui a produit le raster latent ; un fichier ONNX de décodeur (avancé) peut être indiqué, et il est refusé s'il a été entraîné pour un autre encodeur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : un GeoTIFF par variable, une bande par date dans l'ordre des dates. La description de chaque bande commence par sa date ("2020-07-01 LAI [m2/m2]") et ses métadonnées contiennent DATE, VARIABLE et UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Contrôleur temporel&lt;/b&gt; : QGIS 3.38 et versions ultérieures peuvent associer chaque bande à une date : les sorties reçoivent le mode temporel &lt;i&gt;Plage temporelle fixe par bande&lt;/i&gt; (chaque bande de sa date à la suivante), de sorte que le contrôleur temporel affiche la bande de la date courante. QGIS 3.22 à 3.36 ne savent pas associer les bandes d'un même GeoTIFF à des dates ; dans ce cas (option avancée, activée par défaut), chaque sortie reçoit aussi un dossier &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; contenant un petit VRT par date (qui pointe vers la bande, sans copie de pixels), et les sorties chargées à la fin du traitement sont accompagnées d'un groupe &lt;i&gt;… par date&lt;/i&gt; d'une couche par date, chacune avec la plage temporelle fixe allant de sa date à la suivante : le contrôleur temporel anime ce groupe. Ouvrez vous-même les VRT (Temporel ▸ Plage temporelle fixe) pour les sorties non chargées à la fin du traitement.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="185" />
      <source>&lt;p&gt;&lt;b&gt;Quality flags&lt;/b&gt; (optional output): per date and pixel, how its values were made, added up: 0 decoded from the windows around the date; 1 gap-filled (decoded from windows beyond the nearest ones, which held no observation there, or the optical variables from the nearest windows with a Sentinel-2 observation); 2 held (the nearest window used is more than 15 days away); 4 no data; 8 less than half of the value comes from windows with a Sentinel-2 observation there (the optical variables are mostly the decoder's guess from radar; never on a value filled from Sentinel-2 windows, flagged 1); 16 less than half from windows with a Sentinel-1 one (soil moisture is mostly the decoder's guess from optical). One flag raster serves every variable: 1 and 2 may describe the optical variables only. Flags 8 and 16 need a latent that records its sensors per window (encoded since this version).&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Indicateurs de qualité&lt;/b&gt; (sortie facultative) : pour chaque date et chaque pixel, comment ses valeurs ont été obtenues, cumulables : 0 décodé depuis les fenêtres qui entourent la date ; 1 comblé (décodé depuis des fenêtres au-delà des plus proches, qui n'avaient pas d'observation à cet endroit, ou les variables optiques depuis les fenêtres les plus proches ayant une observation Sentinel-2) ; 2 maintenu (la fenêtre utilisée la plus proche est à plus de 15 jours) ; 4 sans données ; 8 moins de la moitié de la valeur vient de fenêtres ayant une observation Sentinel-2 à cet endroit (les variables optiques sont surtout la supposition du décodeur à partir du radar ; jamais sur une valeur comblée depuis des fenêtres Sentinel-2, indiquée 1) ; 16 moins de la moitié vient de fenêtres ayant une observation Sentinel-1 (l'humidité du sol est surtout la supposition du décodeur à partir de l'optique). Un seul raster d'indicateurs sert à toutes les variables : 1 et 2 peuvent ne décrire que les variables optiques. Les indicateurs 8 et 16 demandent un latent qui enregistre ses capteurs par fenêtre (encodé depuis cette version).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="208" />
      <source>Series: step (days)</source>
      <translation>Série : pas (jours)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="209" />
      <source>Resolution (m, empty: the stack resolution)</source>
      <translation>Résolution (m, vide : la résolution de la pile)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="224" />
      <source>Decoded leaf area index LAI (m²/m²)</source>
      <translation>Indice de surface foliaire LAI décodé (m²/m²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="225" />
      <source>Decoded vegetation cover FCOVER</source>
      <translation>Couverture végétale FCOVER décodée</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="226" />
      <source>Decoded soil moisture SM (m³/m³)</source>
      <translation>Humidité du sol SM décodée (m³/m³)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="227" />
      <source>Decoded leaf chlorophyll CAB (µg/cm²)</source>
      <translation>Chlorophylle foliaire CAB décodée (µg/cm²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="228" />
      <source>Decoded leaf water CW (g/cm²)</source>
      <translation>Eau foliaire CW décodée (g/cm²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="229" />
      <source>Decoded leaf dry matter CM (g/cm²)</source>
      <translation>Matière sèche foliaire CM décodée (g/cm²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="230" />
      <source>Decoded soil brightness</source>
      <translation>Brillance du sol décodée</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="238" />
      <source>Quality flags (gap-filled, held, no data, sensor missing)</source>
      <translation>Indicateurs de qualité (comblé, maintenu, sans donnée, capteur manquant)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="255" />
      <source>No latent raster: choose a raster made by eolatent:encode.</source>
      <translation>Aucun raster latent : choisissez un raster produit par eolatent:encode.</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="259" />
      <source>No output selected: choose at least one variable (in a model: make one of its outputs a model output, or connect it to another algorithm).</source>
      <translation>Aucune sortie choisie : choisissez au moins une variable (dans un modèle : faites de l'une de ses sorties une sortie du modèle, ou reliez-la à un autre algorithme).</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="200" />
      <source>Dates (YYYY-MM-DD, comma-separated; empty: regular series below)</source>
      <translation>Dates AAAA-MM-JJ séparées par des virgules (vide : série ci-dessous)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="203" />
      <source>Series: first day (empty: start of the encoded period)</source>
      <translation>Série : premier jour (vide : début de la période encodée)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="206" />
      <source>Series: last day (empty: end of the encoded period)</source>
      <translation>Série : dernier jour (vide : fin de la période encodée)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="212" />
      <source>Fill cloudy chunks from the neighbouring windows</source>
      <translation>Combler les blocs nuageux à partir des fenêtres voisines</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="214" />
      <source>S2 + S1 latents: decode the optical variables of windows only the radar saw from radar (instead of filling them from the windows with Sentinel-2)</source>
      <translation>Latents S2 + S1 : décoder à partir du radar les variables optiques des fenêtres que seul le radar a vues (au lieu de les combler depuis les fenêtres ayant Sentinel-2)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="218" />
      <source>Decoder ONNX file (empty: the decoder of the raster's encoder)</source>
      <translation>Fichier ONNX du décodeur (vide : le décodeur de l'encodeur du raster)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="221" />
      <source>QGIS before 3.38: also one layer per date for the temporal controller (VRTs in &lt;output&gt;_dates/)</source>
      <translation>QGIS avant 3.38 : aussi une couche par date pour le contrôleur temporel (VRT dans &lt;output&gt;_dates/)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="235" />
      <source>soil brightness</source>
      <translation>brillance du sol</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="240" />
      <source>Decoded dates</source>
      <translation>Dates décodées</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="282" />
      <source>Decoded {} date(s): {}</source>
      <translation>{} date(s) décodée(s) : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="78" />
      <source>{layer} {date}</source>
      <translation>{layer} {date}</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="115" />
      <source>{} by date</source>
      <translation>{} par date</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="236" />
      <source>Decoded {} uncertainty (1σ)</source>
      <translation>Incertitude {} décodée (1σ)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="267" />
      <source>{} / {} are not used: {} is given and names the dates to decode; leave {} empty for a regular series</source>
      <translation>{} / {} ne sont pas utilisés : {} est donné et nomme les dates à décoder ; laissez {} vide pour une série régulière</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="339" />
      <source>Soil moisture is not decoded: the latent holds no Sentinel-1 (its inputs: {}), so it would be the decoder's guess from the optical features, not a radar measurement. To decode it anyway, save the soil moisture output to a file.</source>
      <translation>L'humidité du sol n'est pas décodée : le latent ne contient pas de Sentinel-1 (ses entrées : {}) ; ce serait donc l'estimation du décodeur à partir des caractéristiques optiques, pas une mesure radar. Pour la décoder malgré tout, enregistrez la sortie humidité du sol dans un fichier.</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="344" />
      <source>{} not decoded: the latent holds no Sentinel-2 (its inputs: {}), so they would be the decoder's guess from the radar features, not an optical retrieval. To decode them anyway, save them to files.</source>
      <translation>{} non décodés : le latent ne contient pas de Sentinel-2 (ses entrées : {}) ; ce seraient donc les estimations du décodeur à partir des caractéristiques radar, pas une inversion optique. Pour les décoder malgré tout, enregistrez-les dans des fichiers.</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="289" />
      <source>One layer per date for the temporal controller: {}</source>
      <translation>Une couche par date pour le contrôleur temporel : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="42" />
      <source>Encode stacks to a latent raster</source>
      <translation>Encoder des piles en raster latent</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="45" />
      <source>Sentinel-2 / Sentinel-1 stacks summarised as a latent raster (fine4 autoencoder or the pretrained Presto)</source>
      <translation>Piles Sentinel-2 / Sentinel-1 résumées en un raster latent (autoencodeur fine4 ou Presto pré-entraîné)</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="49" />
      <source>&lt;p&gt;Encodes a Sentinel-2 stack and/or a Sentinel-1 stack into a &lt;b&gt;latent raster&lt;/b&gt;: for every chunk of P × P pixels and every time window of W days, a vector of latent features (mean and log-variance) from a variational encoder. Decode it into physical variables with eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: stacks written by eolatent:buildstack. Give at least one; when both are given they must share the same grid (build them in one eolatent:buildstack run). The S2 stack needs B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; the S1 stack VV and VH. With one modality only (S2 only or S1 only), the other is given to the encoder as absent (zeros, validity 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: &lt;i&gt;fine4&lt;/i&gt; (4 × 4 px chunks, 10-day windows, 64 features), &lt;i&gt;seed100&lt;/i&gt; (100 × 100 px = 1 km, 256 features) or &lt;i&gt;presto&lt;/i&gt;, the published Presto foundation model (Tseng et al. 2023, MIT; pre-trained on 21.5 M real pixel series worldwide): 128 features per pixel for every run of up to 12 calendar months, from monthly means of the valid observations. Presto takes any subset of the S2 bands (e.g. 9-band composites without B8A) and S1 only, S2 only or both: what is missing is masked, never filled, and named in the log; a last band per window counts the months observed (S2 + 100 × S1). It has no decoder and no log-variance. &lt;i&gt;presto_small&lt;/i&gt; is a small network trained by EO Latent to give Presto's 128 features (the same inputs, the same latent layout) about 50 times faster on a CPU, at a measured accuracy cost (its card, README): for maps at 10 m of large areas without a GPU. Its latents are read by Presto's text-query model. An encoder ONNX file (advanced) overrides the choice.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grid factor&lt;/b&gt; (presto, presto_small): 1 encodes every pixel; f encodes the mean series of each f × f block (f² times faster, pixel size f × the stack's).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Time windows&lt;/b&gt;: from the start date (default: the first acquisition) to the end date (default: the last one), in consecutive windows of W days (10). A window without any acquisition is not encoded; decoding a date there blends the neighbouring windows. In each window the encoder gets, per pixel, the mean of the valid observations (S1 averaged in linear power, then in dB) and the fraction of the window's dates that were valid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds and nodata&lt;/b&gt;: invalid pixels (cloud mask, NaN) are left out of the means. A chunk with no valid pixel in a window (fully cloudy, outside the data) is no data (NaN) in that window. When the raster size is not a multiple of P, the last row/column of chunks is partial: its missing pixels are given to the encoder as invalid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: a float32 GeoTIFF with one pixel per chunk (pixel size P × the stack's), bands grouped by window: L mean bands then L log-variance bands, described "2020-07-01/2020-07-10 z000 mean", then one quality band per window, the count of its valid dates at each pixel (S2 + 100 × S1, "2020-07-01/2020-07-10 valid dates"); its metadata records the encoder id and version (which eolatent:decode checks), chunk size, window length, windows and a content key of each input stack.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log and to the metadata (EOLATENT_PROVIDER).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Encode une pile Sentinel-2 et/ou une pile Sentinel-1 en un &lt;b&gt;raster latent&lt;/b&gt; : pour chaque bloc de P × P pixels et chaque fenêtre temporelle de W jours, un vecteur de caractéristiques latentes (moyenne et log-variance) produit par un encodeur variationnel. Décodez-le en variables physiques avec eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrées&lt;/b&gt; : des piles écrites par eolatent:buildstack. Indiquez-en au moins une ; si les deux sont indiquées, elles doivent partager la même grille (construisez-les en une seule exécution de eolatent:buildstack). La pile S2 doit contenir B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; la pile S1, VV et VH. Avec une seule modalité (S2 seul ou S1 seul), l'autre est transmise à l'encodeur comme absente (zéros, validité 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : &lt;i&gt;fine4&lt;/i&gt; (blocs de 4 × 4 px, fenêtres de 10 jours, 64 caractéristiques), &lt;i&gt;seed100&lt;/i&gt; (100 × 100 px = 1 km, 256 caractéristiques) ou &lt;i&gt;presto&lt;/i&gt;, le modèle de fondation Presto publié (Tseng et al. 2023, MIT ; pré-entraîné sur 21,5 M de séries de pixels réelles du monde entier) : 128 caractéristiques par pixel pour chaque suite d'au plus 12 mois civils, à partir des moyennes mensuelles des observations valides. Presto accepte n'importe quel sous-ensemble des bandes S2 (p. ex. des composites à 9 bandes sans B8A) et S1 seul, S2 seul ou les deux : ce qui manque est masqué, jamais inventé, et nommé dans le journal ; une dernière bande par fenêtre compte les mois observés (S2 + 100 × S1). Il n'a ni décodeur ni log-variance. &lt;i&gt;presto_small&lt;/i&gt; est un petit réseau entraîné par EO Latent pour donner les 128 caractéristiques de Presto (mêmes entrées, même organisation du raster latent) environ 50 fois plus vite sur un CPU, pour un coût en précision mesuré (sa fiche, README) : pour des cartes à 10 m de grandes zones sans GPU. Ses latents sont lus par le modèle de requête textuelle de Presto. Un fichier ONNX d'encodeur (avancé) remplace ce choix.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facteur de grille&lt;/b&gt; (presto, presto_small) : 1 encode chaque pixel ; f encode la série moyenne de chaque bloc de f × f pixels (f² fois plus rapide, taille de pixel f × celle de la pile).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fenêtres temporelles&lt;/b&gt; : de la date de début (par défaut : la première acquisition) à la date de fin (par défaut : la dernière), en fenêtres consécutives de W jours (10). Une fenêtre sans aucune acquisition n'est pas encodée ; décoder une date qui s'y trouve mélange les fenêtres voisines. Dans chaque fenêtre, l'encodeur reçoit, par pixel, la moyenne des observations valides (S1 moyenné en puissance linéaire, puis converti en dB) et la fraction des dates de la fenêtre qui étaient valides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages et nodata&lt;/b&gt; : les pixels invalides (masque de nuages, NaN) sont exclus des moyennes. Un bloc sans aucun pixel valide dans une fenêtre (entièrement nuageux, hors des données) est sans données (NaN) dans cette fenêtre. Quand la taille du raster n'est pas un multiple de P, la dernière ligne/colonne de blocs est partielle : ses pixels manquants sont transmis à l'encodeur comme invalides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sortie&lt;/b&gt; : un GeoTIFF float32 avec un pixel par bloc (taille de pixel = P × celle de la pile), bandes groupées par fenêtre : L bandes de moyenne puis L bandes de log-variance, décrites "2020-07-01/2020-07-10 z000 mean", puis une bande de qualité par fenêtre, le nombre de ses dates valides en chaque pixel (S2 + 100 × S1, "2020-07-01/2020-07-10 valid dates") ; ses métadonnées enregistrent l'identifiant et la version de l'encodeur (que vérifie eolatent:decode), la taille des blocs, la durée des fenêtres, les fenêtres et une clé de contenu de chaque pile d'entrée.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal et dans les métadonnées (EOLATENT_PROVIDER).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="93" />
      <source>Sentinel-1 stack (VV, VH)</source>
      <translation>Pile Sentinel-1 (VV, VH)</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="97" />
      <source>Encoder (fine4, seed100, presto, presto_small)</source>
      <translation>Encodeur (fine4, seed100, presto, presto_small)</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="101" />
      <source>Encoder ONNX file (overrides the encoder choice)</source>
      <translation>Fichier ONNX de l'encodeur (remplace le choix de l'encodeur)</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="104" />
      <source>First day (YYYY-MM-DD, empty: first acquisition)</source>
      <translation>Premier jour (AAAA-MM-JJ, vide : première acquisition)</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="107" />
      <source>Last day (YYYY-MM-DD, empty: last acquisition)</source>
      <translation>Dernier jour (AAAA-MM-JJ, vide : dernière acquisition)</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="110" />
      <source>Grid factor (presto, presto_small: encode f × f pixel blocks)</source>
      <translation>Facteur de grille (presto, presto_small : encoder des blocs de f × f pixels)</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="113" />
      <source>Encoded time windows</source>
      <translation>Fenêtres temporelles encodées</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="126" />
      <source>No input stack: give a Sentinel-2 stack, a Sentinel-1 stack or both.</source>
      <translation>Aucune pile en entrée : indiquez une pile Sentinel-2, une pile Sentinel-1 ou les deux.</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="140" />
      <source>Latent raster ({})</source>
      <translation>Raster latent ({})</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="143" />
      <source>Encoded windows: {}</source>
      <translation>Fenêtres encodées : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="54" />
      <source>point</source>
      <translation>points</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="54" />
      <source>polygon</source>
      <translation>polygones</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="44" />
      <source>No {} layer: choose a point or polygon layer.</source>
      <translation>Aucune couche {} : choisissez une couche de points ou de polygones.</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="47" />
      <source>The {} layer must hold points or polygons (lines are not supported); choose another layer.</source>
      <translation>La couche {} doit contenir des points ou des polygones (les lignes ne sont pas prises en charge) ; choisissez une autre couche.</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="84" />
      <source>The {} layer has no features.</source>
      <translation>La couche {} n'a aucune entité.</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="86" />
      <source>The class field {!r} of the {} layer is empty for every feature; fill it in or choose another field.</source>
      <translation>Le champ de classe {!r} de la couche {} est vide pour toutes les entités ; remplissez-le ou choisissez un autre champ.</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="59" />
      <source>Choose the class field of the {} layer (CLASS_FIELD).</source>
      <translation>Choisissez le champ de classe de la couche {} (CLASS_FIELD).</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="62" />
      <source>The {} layer has no field {!r}; choose one of: {}.</source>
      <translation>La couche {} n'a pas de champ {!r} ; choisissez parmi : {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="56" />
      <source>The {} layer ({}) has no attribute field to hold the class; add a class field and label the features.</source>
      <translation>La couche {} ({}) n'a aucun champ attributaire pour la classe ; ajoutez un champ de classe et étiquetez les entités.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="248" />
      <source>any value</source>
      <translation>toute valeur</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="107" />
      <source>{}: {} cannot be opened as a raster.</source>
      <translation>{} : {} ne peut pas être ouvert comme raster.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="106" />
      <source>{}: {} cannot be opened as a raster ({}).</source>
      <translation>{} : {} ne peut pas être ouvert comme raster ({}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="215" />
      <source>{} = {} is not accepted: give one of {} (or its number, 0 to {}).</source>
      <translation>{} = {} n'est pas accepté : indiquez l'une des valeurs {} (ou son numéro, de 0 à {}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="245" />
      <source>{} or more</source>
      <translation>{} ou plus</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="247" />
      <source>{} or less</source>
      <translation>{} ou moins</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="310" />
      <source>{} runs no network: EXECUTION_PROVIDER is not used; it runs on the CPU.</source>
      <translation>{} n'exécute aucun réseau : EXECUTION_PROVIDER n'est pas utilisé ; le traitement tourne sur le CPU.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="191" />
      <source>{} ({}) is also the input {}: writing it would replace the input. Give the output another file name.</source>
      <translation>{} ({}) est aussi l'entrée {} : l'écrire remplacerait l'entrée. Donnez un autre nom de fichier à la sortie.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="271" />
      <source>{} = {} is not a number (allowed: {}).</source>
      <translation>{} = {} n'est pas un nombre (valeurs admises : {}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="273" />
      <source>{} = {} is not a whole number (allowed: {}).</source>
      <translation>{} = {} n'est pas un nombre entier (valeurs admises : {}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="276" />
      <source>{} = {} is outside the allowed range: {}.</source>
      <translation>{} = {} est hors de l'intervalle admis : {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="307" />
      <source>EXECUTION_PROVIDER: 'cuda' was requested but this onnxruntime offers only {}; {} runs no network and runs on the CPU: choose auto or CPU.</source>
      <translation>EXECUTION_PROVIDER : « cuda » a été demandé mais cet onnxruntime n'offre que {} ; {} n'exécute aucun réseau et tourne sur le CPU : choisissez auto ou CPU.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="304" />
      <source>EXECUTION_PROVIDER: 'cuda' was requested but onnxruntime is not installed; {} runs no network and runs on the CPU: choose auto or CPU.</source>
      <translation>EXECUTION_PROVIDER : « cuda » a été demandé mais onnxruntime n'est pas installé ; {} n'exécute aucun réseau et tourne sur le CPU : choisissez auto ou CPU.</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="33" />
      <source>EO Latent — Sentinel time series to embeddings and physical variables</source>
      <translation>EO Latent — des séries temporelles Sentinel aux plongements et aux variables physiques</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="26" />
      <source>Similarity search (find places like this one)</source>
      <translation>Recherche par similarité (trouver des lieux semblables)</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="29" />
      <source>How alike each pixel is to reference points or polygons in latent space (cosine similarity)</source>
      <translation>Ressemblance de chaque pixel à des points ou polygones de référence dans l'espace latent (similarité cosinus)</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="32" />
      <source>&lt;p&gt;Finds the places that look like a reference: for every pixel of a latent raster, the &lt;b&gt;cosine similarity&lt;/b&gt; between its latent features and the mean latent features of the reference points or polygons (1 = the same direction in latent space, 0 = unrelated).&lt;/p&gt;&lt;p&gt;&lt;b&gt;References&lt;/b&gt;: one or more points or polygons (any CRS). Each feature is averaged over its pixels (centres inside a polygon; the pixel under a point; a polygon smaller than a pixel takes the pixels it touches), then the features are averaged with equal weight.&lt;/p&gt;&lt;p&gt;By default one band compares all time windows at once (windows where the pixel or the reference has no valid observation are left out). &lt;b&gt;One band per window&lt;/b&gt; gives the similarity window by window instead, to see when places look alike.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Trouve les lieux qui ressemblent à une référence : pour chaque pixel d'un raster latent, la &lt;b&gt;similarité cosinus&lt;/b&gt; entre ses variables latentes et les variables latentes moyennes des points ou polygones de référence (1 = même direction dans l'espace latent, 0 = sans rapport).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Références&lt;/b&gt; : un ou plusieurs points ou polygones (tout SCR). Chaque entité est moyennée sur ses pixels (centres dans un polygone ; le pixel sous un point ; un polygone plus petit qu'un pixel prend les pixels qu'il touche), puis les entités sont moyennées avec le même poids.&lt;/p&gt;&lt;p&gt;Par défaut, une bande compare toutes les fenêtres temporelles à la fois (les fenêtres où le pixel ou la référence n'a pas d'observation valide sont écartées). &lt;b&gt;Une bande par fenêtre&lt;/b&gt; donne plutôt la similarité fenêtre par fenêtre, pour voir quand les lieux se ressemblent.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="41" />
      <source>&lt;p&gt;&lt;b&gt;Additional latent rasters&lt;/b&gt; (optional): more latent rasters of the same area and CRS whose windows are stacked after INPUT's, e.g. a Presto latent beside a fine4 latent of the same stack; all windows are compared at once, or one band per window of each raster. The result has the finest of their grids (a coarser latent is repeated onto it when its pixel size is a whole multiple). Only latent rasters can be stacked here.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Rasters latents supplémentaires&lt;/b&gt; (facultatif) : d'autres rasters latents de la même zone et du même SCR dont les fenêtres sont empilées après celles d'INPUT, p. ex. un latent Presto à côté d'un latent fine4 de la même pile ; toutes les fenêtres sont comparées d'un coup, ou une bande par fenêtre de chaque raster. Le résultat a la plus fine de leurs grilles (un latent plus grossier y est répété quand sa taille de pixel en est un multiple entier). Seuls des rasters latents peuvent être empilés ici.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="56" />
      <source>Similarity</source>
      <translation>Similarité</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="65" />
      <source>reference</source>
      <translation>de référence</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="52" />
      <source>Reference points or polygons</source>
      <translation>Points ou polygones de référence</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="54" />
      <source>One band per time window</source>
      <translation>Une bande par fenêtre temporelle</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="75" />
      <source>Similarity to the mean of {} reference feature(s), {} band(s)</source>
      <translation>Similarité à la moyenne de {} entité(s) de référence, {} bande(s)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="28" />
      <source>Soil moisture (Sentinel-1)</source>
      <translation>Humidité du sol (Sentinel-1)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="31" />
      <source>Surface soil moisture (m³/m³) and its 1σ from a Sentinel-1 backscatter stack (Water Cloud Model)</source>
      <translation>Humidité du sol en surface (m³/m³) et son 1σ à partir d'une pile de rétrodiffusion Sentinel-1 (Water Cloud Model)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="35" />
      <source>&lt;p&gt;Retrieves surface soil moisture (volumetric, m³/m³) on every date of a Sentinel-1 stack, with a 1σ uncertainty and a quality flag, using a neural network trained on simulations of the Water Cloud Model (vegetation, driven by LAI) over the Oh (2004) bare-soil model at C band.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sentinel-1&lt;/b&gt;: a stack (eolatent:buildstack) or a dated GeoTIFF with VV and VH σ⁰ (dB or linear, read from the metadata), ideally speckle-filtered. γ⁰ is refused: γ⁰ = σ⁰/cos θ reads 0.6–1.6 dB higher at 29–46° and would be taken for wetter soil; FORCE_GAMMA0 runs anyway (biased). &lt;b&gt;Incidence angle&lt;/b&gt; (local, degrees): from the stack's incidence band; the INCIDENCE parameter is used only for inputs without one. The model was trained on 29–46°.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vegetation (LAI)&lt;/b&gt;, in this order of preference: (1) a LAI raster on the S1 grid with one band per date (the LAI output of eolatent:biophysical), (2) a Sentinel-2 stack on the S1 grid (LAI retrieved on the fly with the biophysical model; angles from the stack), (3) a constant LAI (LAI_VALUE), a fallback that ignores the vegetation's changes in space and time. LAI is interpolated per pixel linearly in time between the nearest cloud-free LAI dates before and after each S1 date (by calendar day); beyond the first or last LAI date the nearest one is used.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: on held-out simulations the RMSE is 0.13 m³/m³ (r² = 0.13) against 0.14 m³/m³ for always predicting the prior mean (0.26 m³/m³); 0.11 m³/m³ for LAI below 1, but hardly better than the prior mean above LAI ~3 (0.135–0.138 against 0.137–0.139 m³/m³): single-date C-band backscatter carries little information on the soil under dense vegetation or unknown roughness, and there the estimate falls back towards the prior mean with a large σ. On 40 real field points (SMAPVEX16 soybean) the RMSE was 0.11 m³/m³ with a −0.07 m³/m³ bias, worse than their sample mean: use the output for relative patterns and changes over time on sparse vegetation, and always with its σ. The share of pixels above LAI 3 is written to the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per S1 date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to 0–0.6 m³/m³, 4 no data (S1, incidence or LAI missing; outputs are nodata there), 8 LAI from more than 15 days away (the LAI dates nearer to that S1 date are cloudy or missing at the pixel; its 1σ does not include that LAI's error).&lt;/p&gt;&lt;p&gt;Advanced parameters: execution provider (auto: CUDA GPU when available, else CPU; the one that ran is written to the log), CPU threads and tile size.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Estime l'humidité de surface du sol (volumique, m³/m³) à chaque date d'une pile Sentinel-1, avec une incertitude à 1σ et un indicateur de qualité, au moyen d'un réseau de neurones entraîné sur des simulations du Water Cloud Model (végétation, pilotée par le LAI) couplé au modèle de sol nu d'Oh (2004) en bande C.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sentinel-1&lt;/b&gt; : une pile (eolatent:buildstack) ou un GeoTIFF daté contenant VV et VH en σ⁰ (dB ou linéaire, d'après les métadonnées), idéalement filtré du chatoiement (speckle). Le γ⁰ est refusé : γ⁰ = σ⁰/cos θ est plus élevé de 0,6–1,6 dB à 29–46° et serait interprété comme un sol plus humide ; FORCE_GAMMA0 force le traitement malgré tout (biaisé). &lt;b&gt;Angle d'incidence&lt;/b&gt; (local, en degrés) : tiré de la bande d'incidence de la pile ; le paramètre INCIDENCE ne sert que pour les entrées qui n'en ont pas. Le modèle a été entraîné sur 29–46°.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Végétation (LAI)&lt;/b&gt;, dans cet ordre de préférence : (1) un raster de LAI sur la grille S1 avec une bande par date (la sortie LAI de eolatent:biophysical), (2) une pile Sentinel-2 sur la grille S1 (LAI estimé à la volée avec le modèle biophysique ; angles tirés de la pile), (3) un LAI constant (LAI_VALUE), solution de repli qui ignore les variations de la végétation dans l'espace et dans le temps. Le LAI est interpolé par pixel, linéairement dans le temps, entre les dates de LAI sans nuage les plus proches avant et après chaque date S1 (au jour calendaire) ; avant la première ou après la dernière date de LAI, la date la plus proche est utilisée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : sur des simulations réservées au test, la RMSE est de 0,13 m³/m³ (r² = 0,13), contre 0,14 m³/m³ en prédisant toujours la moyenne a priori (0,26 m³/m³) ; 0,11 m³/m³ pour un LAI inférieur à 1, mais à peine mieux que la moyenne a priori au-delà d'un LAI d'environ 3 (0,135–0,138 contre 0,137–0,139 m³/m³) : la rétrodiffusion en bande C d'une seule date renseigne peu sur le sol sous une végétation dense ou quand la rugosité est inconnue, et l'estimation retombe alors vers la moyenne a priori avec un σ élevé. Sur 40 points de terrain réels (SMAPVEX16, soja), la RMSE était de 0,11 m³/m³ avec un biais de −0,07 m³/m³, soit moins bien que leur moyenne d'échantillon : utilisez la sortie pour les motifs relatifs et les évolutions dans le temps sur végétation clairsemée, et toujours avec son σ. La part des pixels dont le LAI dépasse 3 est écrite dans le journal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date S1, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à 0–0,6 m³/m³, 4 pas de données (S1, incidence ou LAI manquant ; les sorties y sont à nodata), 8 LAI pris à plus de 15 jours (les dates de LAI plus proches de cette date S1 sont nuageuses ou manquantes au pixel ; son 1σ n'inclut pas l'erreur de ce LAI).&lt;/p&gt;&lt;p&gt;Paramètres avancés : fournisseur d'exécution (auto : GPU CUDA si disponible, sinon CPU ; celui qui a été utilisé est écrit dans le journal), threads CPU et taille de tuile.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="74" />
      <source>Constant LAI (m²/m²), fallback without LAI raster or S2 stack</source>
      <translation>LAI constant (m²/m²), solution de repli sans raster de LAI ni pile S2</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="76" />
      <source>Incidence angle (°), for S1 inputs without an incidence band</source>
      <translation>Angle d'incidence (°), pour les entrées S1 sans bande d'incidence</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="79" />
      <source>Accept γ⁰/β⁰ input as if it were σ⁰ (biased)</source>
      <translation>Accepter une entrée en γ⁰/β⁰ comme si c'était du σ⁰ (biaisé)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="81" />
      <source>Soil moisture (m³/m³)</source>
      <translation>Humidité du sol (m³/m³)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="82" />
      <source>Soil moisture uncertainty (1σ, m³/m³)</source>
      <translation>Incertitude de l'humidité du sol (1σ, m³/m³)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="98" />
      <source>No Sentinel-1 input: choose an S1 stack.</source>
      <translation>Aucune entrée Sentinel-1 : choisissez une pile S1.</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="101" />
      <source>No output selected: choose at least the soil moisture output.</source>
      <translation>Aucune sortie sélectionnée : choisissez au moins la sortie d'humidité du sol.</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="69" />
      <source>Sentinel-1 stack (VV, VH σ⁰)</source>
      <translation>Pile Sentinel-1 (VV, VH σ⁰)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="71" />
      <source>LAI raster, one band per date (output of eolatent:biophysical)</source>
      <translation>Raster de LAI, une bande par date (sortie de eolatent:biophysical)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="73" />
      <source>Sentinel-2 stack (LAI retrieved on the fly) if no LAI raster</source>
      <translation>Pile Sentinel-2 (LAI estimé à la volée) en l'absence de raster de LAI</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="118" />
      <source>{:.0%} of the retrieved pixels have LAI above 3, where single-date C-band retrieval stays close to the prior mean (large σ)</source>
      <translation>{:.0%} des pixels estimés ont un LAI supérieur à 3, où l'estimation en bande C sur une seule date reste proche de la moyenne a priori (σ élevé)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="113" />
      <source>Incidence angle of every date from the {}</source>
      <translation>Angle d'incidence de toutes les dates tiré de : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="116" />
      <source>{}: incidence angle from the {}</source>
      <translation>{} : angle d'incidence tiré de : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="64" />
      <source>probability</source>
      <translation>probabilité</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="62" />
      <source>windows</source>
      <translation>fenêtres</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="62" />
      <source>months</source>
      <translation>mois</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="62" />
      <source>dates</source>
      <translation>dates</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="138" />
      <source>good</source>
      <translation>bon</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="138" />
      <source>input outside training domain</source>
      <translation>entrée hors du domaine d'entraînement</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="139" />
      <source>output clamped</source>
      <translation>sortie bornée</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="139" />
      <source>outside domain + clamped</source>
      <translation>hors domaine + bornée</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="140" />
      <source>cloud / nodata</source>
      <translation>nuage / nodata</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="140" />
      <source>gap-filled</source>
      <translation>comblé</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="141" />
      <source>non-vegetation</source>
      <translation>non-végétation</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="141" />
      <source>smoothed</source>
      <translation>lissé</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="141" />
      <source>no match</source>
      <translation>pas de correspondance</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="142" />
      <source>match</source>
      <translation>correspondance</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="142" />
      <source>no data (S1, incidence or LAI missing)</source>
      <translation>sans données (S1, incidence ou LAI manquant)</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="143" />
      <source>LAI from more than 15 days away</source>
      <translation>LAI pris à plus de 15 jours</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="144" />
      <source>decoded from the nearest windows</source>
      <translation>décodé depuis les fenêtres les plus proches</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="145" />
      <source>held (beyond 15 days)</source>
      <translation>maintenu (au-delà de 15 jours)</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="145" />
      <source>gap-filled + held</source>
      <translation>comblé + maintenu</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="146" />
      <source>no Sentinel-2 (optical variables guessed)</source>
      <translation>pas de Sentinel-2 (variables optiques supposées)</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="147" />
      <source>no Sentinel-1 (soil moisture guessed)</source>
      <translation>pas de Sentinel-1 (humidité du sol supposée)</translation>
    </message>
    <message>
      <location filename="../processing_provider/styling.py" line="148" />
      <source>no data</source>
      <translation>sans données</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="38" />
      <source>Land-surface temperature super-resolution</source>
      <translation>Super-résolution de la température de surface (LST)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="41" />
      <source>A coarse land-surface temperature (MODIS 1 km) sharpened ×2, ×4 or ×8, alone or guided by NDVI</source>
      <translation>Une température de surface grossière (MODIS 1 km) affinée ×2, ×4 ou ×8, seule ou guidée par le NDVI</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="44" />
      <source>&lt;p&gt;Sharpens a coarse land-surface temperature raster (MODIS, Sentinel-3: 1 km) by a factor 2, 4 or 8. The output is in Kelvin on a grid exactly aligned with the input (same origin and CRS — MODIS sinusoidal included — pixel = input pixel / FACTOR).&lt;/p&gt;&lt;p&gt;&lt;b&gt;INPUT&lt;/b&gt;: LST in Kelvin, or MODIS MOD11A1-style raw integers (K = DN × 0.02, 0 = fill), detected from the data type and values or set with INPUT_UNITS. A multi-band MOD11A1 GeoTIFF is read as its LST_Day_1km band (BAND picks another) and the matching QC band masks pixels that were not produced or whose LST error exceeds 2 K. Clouds, fill values and sea are masked: they are nodata in the output and never influence valid pixels.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: &lt;i&gt;CNN single-image&lt;/i&gt;; &lt;i&gt;CNN guided&lt;/i&gt; by a fine vegetation index; &lt;i&gt;TsHARP&lt;/i&gt; (line T = a + b·NDVI fitted on the coarse pixels, applied at fine scale, coarse residual added back); &lt;i&gt;Bicubic&lt;/i&gt;. In scripts METHOD is their number in this order, 0 to 3. The CNNs were trained on real thermal images degraded by the factor (MODIS day/night, airborne vineyard images).&lt;/p&gt;&lt;p&gt;&lt;b&gt;GUIDE&lt;/b&gt; (&lt;i&gt;CNN guided&lt;/i&gt; and &lt;i&gt;TsHARP&lt;/i&gt;): a fine-resolution NDVI raster, or a Sentinel-2 stack (NDVI from B04/B08, median of its cloud-free dates), in the input's CRS, with pixel = input pixel / FACTOR, aligned and covering the input.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CONSERVE&lt;/b&gt; (default on): the fine result is corrected per coarse pixel so that re-aggregating it as radiance (4th-power mean) returns the input exactly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy&lt;/b&gt; on held-out real data (RMSE, radiance-conserving; details in the README and the model cards): MODIS ×4 (4 km → 1 km, day and night): bicubic 0.72 K, TsHARP 0.88 K, CNN single-image 0.72 K, CNN guided 0.72 K — no fine vegetation index exists for that tile and its 1 km detail is hardly predictable from 4 km. Airborne 3.6 m vineyard at 11:00, ×4/×8/×16: bicubic 2.55/3.94/4.47 K, TsHARP 2.07/2.56/2.97 K, CNN guided 1.94/2.44/2.80 K. The guided CNN helps where the guide explains the coarse temperatures: the log gives the r² of the coarse temperature–NDVI line.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Affine un raster grossier de température de surface (MODIS, Sentinel-3 : 1 km) d'un facteur 2, 4 ou 8. La sortie est en kelvins, sur une grille exactement alignée sur l'entrée (même origine et même SCR — sinusoïdale MODIS comprise — pixel = pixel d'entrée / FACTOR).&lt;/p&gt;&lt;p&gt;&lt;b&gt;INPUT&lt;/b&gt; : LST en kelvins, ou entiers bruts de type MODIS MOD11A1 (K = DN × 0,02, 0 = valeur de remplissage), détectés d'après le type de données et les valeurs, ou fixés avec INPUT_UNITS. Un GeoTIFF MOD11A1 multibande est lu par sa bande LST_Day_1km (BAND en désigne une autre) et la bande QC correspondante masque les pixels non produits ou dont l'erreur de LST dépasse 2 K. Les nuages, les valeurs de remplissage et la mer sont masqués : ils sont à nodata dans la sortie et n'influencent jamais les pixels valides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Méthode&lt;/b&gt; : &lt;i&gt;CNN mono-image&lt;/i&gt; ; &lt;i&gt;CNN guidé&lt;/i&gt; par un indice de végétation fin ; &lt;i&gt;TsHARP&lt;/i&gt; (droite T = a + b·NDVI ajustée sur les pixels grossiers, appliquée à l'échelle fine, puis ajout du résidu grossier) ; &lt;i&gt;Bicubique&lt;/i&gt;. Dans les scripts, METHOD est leur numéro dans cet ordre, de 0 à 3. Les CNN ont été entraînés sur des images thermiques réelles dégradées du facteur (MODIS jour/nuit, images aéroportées de vignobles).&lt;/p&gt;&lt;p&gt;&lt;b&gt;GUIDE&lt;/b&gt; (&lt;i&gt;CNN guidé&lt;/i&gt; et &lt;i&gt;TsHARP&lt;/i&gt;) : un raster de NDVI à résolution fine, ou une pile Sentinel-2 (NDVI calculé à partir de B04/B08, médiane de ses dates sans nuage), dans le SCR de l'entrée, avec pixel = pixel d'entrée / FACTOR, aligné sur l'entrée et la couvrant entièrement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CONSERVE&lt;/b&gt; (activé par défaut) : le résultat fin est corrigé par pixel grossier de sorte que sa ré-agrégation en radiance (moyenne des puissances quatrièmes) redonne exactement l'entrée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision&lt;/b&gt; sur des données réelles réservées au test (RMSE, avec conservation de la radiance ; détails dans le README et les fiches des modèles) : MODIS ×4 (4 km → 1 km, jour et nuit) : bicubique 0,72 K, TsHARP 0,88 K, CNN mono-image 0,72 K, CNN guidé 0,72 K — aucun indice de végétation fin n'existe pour cette tuile, et son détail à 1 km est difficilement prévisible à partir de 4 km. Vignoble en aéroporté à 3,6 m à 11:00, ×4/×8/×16 : bicubique 2,55/3,94/4,47 K, TsHARP 2,07/2,56/2,97 K, CNN guidé 1,94/2,44/2,80 K. Le CNN guidé aide là où le guide explique les températures grossières : le journal donne le r² de la droite température–NDVI à l'échelle grossière.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="67" />
      <source>&lt;p&gt;&lt;b&gt;FACTOR&lt;/b&gt;: the scale factor itself, 2, 4 or 8 (FACTOR=2 gives ×2), as --factor on the command line.&lt;/p&gt;&lt;p&gt;TsHARP and bicubic run no network, on the CPU: EXECUTION_PROVIDER=1 (CUDA) is refused where CUDA is not available, and only warned about where it is.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;FACTOR&lt;/b&gt; : le facteur d'échelle lui-même, 2, 4 ou 8 (FACTOR=2 donne ×2), comme --factor en ligne de commande.&lt;/p&gt;&lt;p&gt;TsHARP et bicubique n'exécutent aucun réseau et tournent sur le CPU : EXECUTION_PROVIDER=1 (CUDA) est refusé là où CUDA n'est pas disponible, et ne donne qu'un avertissement là où il l'est.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="83" />
      <source>Scale factor (2, 4 or 8)</source>
      <translation>Facteur d'échelle (2, 4 ou 8)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="95" />
      <source>LST band of a multi-band input (0 = automatic)</source>
      <translation>Bande LST d'une entrée multibande (0 = automatique)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="97" />
      <source>Fine land-surface temperature (K)</source>
      <translation>Température de surface fine (K)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="122" />
      <source>No input: choose a land-surface temperature raster.</source>
      <translation>Aucune entrée : choisissez un raster de température de surface.</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="77" />
      <source>Coarse land-surface temperature (Kelvin or MODIS raw)</source>
      <translation>Température de surface grossière (kelvins ou MODIS brut)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="78" />
      <source>Method that ran</source>
      <translation>Méthode utilisée</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="80" />
      <source>Fine vegetation guide (NDVI raster or Sentinel-2 stack)</source>
      <translation>Guide de végétation fin (raster de NDVI ou pile Sentinel-2)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="86" />
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="90" />
      <source>Conserve radiance (re-aggregated output equals the input)</source>
      <translation>Conserver la radiance (la sortie ré-agrégée est égale à l'entrée)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="92" />
      <source>Input units</source>
      <translation>Unités de l'entrée</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="117" />
      <source>METHOD {}</source>
      <translation>METHOD {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="136" />
      <source>Guide line at coarse scale: r² = {:.2f}</source>
      <translation>Droite guide à l'échelle grossière : r² = {:.2f}</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="87" />
      <location filename="../core/superres/superres_raster.py" line="102" />
      <source>CNN single-image</source>
      <translation>CNN mono-image</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="87" />
      <location filename="../core/superres/superres_raster.py" line="102" />
      <source>CNN guided</source>
      <translation>CNN guidé</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="87" />
      <source>TsHARP</source>
      <translation>TsHARP</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="87" />
      <location filename="../core/superres/superres_raster.py" line="103" />
      <source>Bicubic</source>
      <translation>Bicubique</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="93" />
      <source>auto-detect</source>
      <translation>détection automatique</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="93" />
      <location filename="../core/superres/lst_input.py" line="167" />
      <location filename="../core/superres/units.py" line="85" />
      <source>Kelvin</source>
      <translation>Kelvin</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="93" />
      <source>MODIS raw (DN × 0.02, fill 0)</source>
      <translation>MODIS brut (DN × 0,02, remplissage 0)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="108" />
      <source>FACTOR = {} is not accepted: give the scale factor itself, 2, 4 or 8 (as --factor on the command line).</source>
      <translation>FACTOR = {} n'est pas accepté : donnez le facteur d'échelle lui-même, 2, 4 ou 8 (comme --factor en ligne de commande).</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="34" />
      <source>Text query (concept → probability map)</source>
      <translation>Requête textuelle (concept → carte de probabilité)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="37" />
      <source>A probability map of a concept typed in English ("broadleaf forest", "open water") on a stack or latent</source>
      <translation>Une carte de probabilité d'un concept écrit en anglais (« broadleaf forest », « open water ») sur une pile ou un latent</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="41" />
      <source>&lt;p&gt;Type what you are looking for in English — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — and get, for every pixel, the probability that it shows it. A sentence-embedding model (all-MiniLM-L6-v2, run offline) embeds the prompt; a satellite tower trained contrastively (CLIP-style) on labelled and physics-simulated Sentinel-2 time series embeds each pixel's series in the same space; the cosine between the two is calibrated into a probability.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack (eolatent:buildstack) or any Sentinel-2 raster the plugin reads (a single date counts as a one-date stack), or a latent raster from eolatent:encode (the map is then at the latent's chunk resolution). Pixels cloudy or nodata on every date are nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prompts&lt;/b&gt;: one per line (at most 16 with the negatives). One prompt: probability = calibrated sigmoid of its cosine. Several prompts and/or &lt;b&gt;negative prompts&lt;/b&gt; (things the pixel should rather be, e.g. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;): a softmax across all of them; one band per prompt, the negatives are not written. Empty prompts, prompts over 256 tokens and prompts that are clearly not English are refused with a message; the language check is a cautious guess, so a short foreign prompt may pass and give a map of no meaning. A prompt given twice (upper and lower case and accents aside), or both as a prompt and a negative prompt, is refused: the two would share every pixel equally; prompts that differ only in punctuation are warned about.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Threshold&lt;/b&gt; (optional, 0–1): also a mask raster (1 = probability ≥ threshold, one band per prompt) and its polygons with the prompt as attribute.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quality&lt;/b&gt; (optional): the number of valid dates (clear, not nodata) behind each pixel; for a Presto latent the months with a clear Sentinel-2 observation, for a fine4 latent the clear Sentinel-2 dates behind its windows; as a UInt16 raster: a pixel seen once gets a probability that looks as sure as one seen every month. The log names the model used and why, the bands it does not read (B8A for the multi-region model; Sentinel-1 bands, which only a Presto latent uses), how clouds were masked, the dates without a valid pixel and how many pixels rest on fewer than three dates. The models learnt the seasons of regions north of 10° S: a scene further south is read half a year on, and the log says so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encode once, query many&lt;/b&gt;: the image side is computed once per input and cached on disk (in the user cache folder, keyed by the input's content and the model) and in memory; the next prompt on the same input costs a matrix product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: on a Sentinel-2 stack the default tower was trained on labelled pixel series of five data sets (France 2022 and 2023, Uganda / South Sudan, the western US, Slovenia) and on simulated spectra. With each data set held out in turn and prompts never used in training, its ROC AUC is 0.75 for forest, 0.65 grassland, 0.68 annual crops, 0.72 built-up, 0.55 water, 0.60 shrubland and 0.63 bare soil (mean 0.65), below the best single NDVI feature (mean 0.78): a concept typed in words does not yet transfer well from one region to another. Treat the maps as a ranking of pixels to look at, not a classification; for a class map, label a few polygons and use eolatent:classify.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Tapez en anglais ce que vous cherchez — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — et obtenez, pour chaque pixel, la probabilité qu'il le représente. Un modèle de plongement de phrases (all-MiniLM-L6-v2, exécuté hors ligne) plonge la requête ; une tour satellite entraînée de façon contrastive (à la manière de CLIP) sur des séries temporelles Sentinel-2 étiquetées et simulées par la physique plonge la série de chaque pixel dans le même espace ; le cosinus entre les deux est calibré en probabilité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 (eolatent:buildstack) ou tout raster Sentinel-2 que l'extension sait lire (une date unique compte comme une pile à une date), ou un raster latent issu de eolatent:encode (la carte est alors à la résolution des blocs du latent). Les pixels nuageux ou sans données à toutes les dates sont à nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Requêtes&lt;/b&gt; : une par ligne (16 au plus, négatives comprises). Une seule requête : probabilité = sigmoïde calibrée de son cosinus. Plusieurs requêtes et/ou des &lt;b&gt;requêtes négatives&lt;/b&gt; (ce que le pixel devrait plutôt être, p. ex. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;) : un softmax sur l'ensemble ; une bande par requête, les négatives ne sont pas écrites. Les requêtes vides, celles de plus de 256 tokens et celles qui ne sont manifestement pas en anglais sont refusées avec un message ; la vérification de la langue est une estimation prudente : une courte requête dans une autre langue peut passer et donner une carte sans signification. Une requête donnée deux fois (aux majuscules et minuscules et aux accents près), ou à la fois comme requête et comme requête négative, est refusée : les deux se partageraient également chaque pixel ; des requêtes qui ne diffèrent que par la ponctuation font l'objet d'un avertissement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seuil&lt;/b&gt; (facultatif, 0–1) : produit aussi un raster de masque (1 = probabilité ≥ seuil, une bande par requête) et ses polygones, avec la requête comme attribut.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qualité&lt;/b&gt; (facultatif) : le nombre de dates valides (claires, hors nodata) derrière chaque pixel ; pour un latent Presto, les mois avec une observation Sentinel-2 claire, pour un latent fine4 les dates Sentinel-2 claires derrière ses fenêtres ; en raster UInt16 : un pixel vu une seule fois reçoit une probabilité qui paraît aussi sûre que celle d'un pixel vu chaque mois. Le journal nomme le modèle utilisé et pourquoi, les bandes qu'il ne lit pas (B8A pour le modèle multirégional ; les bandes Sentinel-1, que seul un latent Presto utilise) comment les nuages ont été masqués, les dates sans aucun pixel valide et combien de pixels reposent sur moins de trois dates. Les modèles ont appris les saisons de régions situées au nord de 10° S : une scène plus au sud est lue avec six mois de décalage, et le journal le dit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encoder une fois, interroger souvent&lt;/b&gt; : le côté image est calculé une fois par entrée et mis en cache sur disque (dans le dossier de cache de l'utilisateur, indexé par le contenu de l'entrée et par le modèle) et en mémoire ; la requête suivante sur la même entrée ne coûte qu'un produit matriciel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : sur une pile Sentinel-2, la tour par défaut a été entraînée sur des séries de pixels étiquetés de cinq jeux de données (France 2022 et 2023, Ouganda / Soudan du Sud, ouest des États-Unis, Slovénie) et sur des spectres simulés. Chaque jeu de données étant tour à tour réservé au test, avec des requêtes jamais utilisées à l'entraînement, son AUC ROC est de 0,75 pour la forêt, 0,65 les prairies, 0,68 les cultures annuelles, 0,72 le bâti, 0,55 l'eau, 0,60 les arbustes et 0,63 le sol nu (moyenne 0,65), en dessous de la meilleure variable NDVI seule (moyenne 0,78) : un concept décrit par des mots ne se transfère pas encore bien d'une région à l'autre. Considérez les cartes comme un classement des pixels à examiner, pas comme une classification ; pour une carte de classes, étiquetez quelques polygones et utilisez eolatent:classify.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="88" />
      <source>Threshold for the mask and polygons (0–1)</source>
      <translation>Seuil du masque et des polygones (0–1)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="93" />
      <source>Probability</source>
      <translation>Probabilité</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="94" />
      <source>Mask (probability ≥ threshold)</source>
      <translation>Masque (probabilité ≥ seuil)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="99" />
      <source>Quality: valid dates (months, latent windows) per pixel</source>
      <translation>Qualité : dates valides (mois, fenêtres latentes) par pixel</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="136" />
      <source>No input: choose a Sentinel-2 stack or a latent raster.</source>
      <translation>Aucune entrée : choisissez une pile Sentinel-2 ou un raster latent.</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="171" />
      <source>Model {} on a Sentinel-2 input; image side {}; execution provider {}</source>
      <translation>Modèle {} sur une entrée Sentinel-2 ; côté image {} ; fournisseur d'exécution {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="84" />
      <source>Prompts (one per line, English)</source>
      <translation>Requêtes (une par ligne, en anglais)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="86" />
      <source>Negative prompts (one per line)</source>
      <translation>Requêtes négatives (une par ligne)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="91" />
      <source>Text-query tower ONNX (empty: the one for the input)</source>
      <translation>Tour ONNX de requête textuelle (vide : celle qui correspond à l'entrée)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="97" />
      <source>Polygons (probability ≥ threshold)</source>
      <translation>Polygones (probabilité ≥ seuil)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="101" />
      <source>Image side: computed or reused</source>
      <translation>Côté image : calculé ou réutilisé</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="102" />
      <source>Timings (JSON, seconds)</source>
      <translation>Durées (JSON, secondes)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="103" />
      <source>Warnings of the run, one per line</source>
      <translation>Avertissements de l'exécution, un par ligne</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="144" />
      <source>A mask or polygons need a threshold: give THRESHOLD (0–1).</source>
      <translation>Un masque ou des polygones nécessitent un seuil : indiquez THRESHOLD (0–1).</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="146" />
      <source>The threshold is used only for the mask and the polygons, and neither is asked for: it is ignored.</source>
      <translation>Le seuil ne sert qu'au masque et aux polygones, et aucun des deux n'est demandé : il est ignoré.</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="168" />
      <source>reused (memory)</source>
      <translation>réutilisé (mémoire)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="168" />
      <source>reused (disk cache)</source>
      <translation>réutilisé (cache disque)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="173" />
      <source>Time: {:.2f} s (image side {:.2f} s, prompts {:.3f} s, maps {:.2f} s)</source>
      <translation>Durée : {:.2f} s (côté image {:.2f} s, requêtes {:.3f} s, cartes {:.2f} s)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="115" />
      <source>P: {} (a band per prompt)</source>
      <translation>P : {} (une bande par requête)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="116" />
      <source>mask: {} (a band per prompt)</source>
      <translation>masque : {} (une bande par requête)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="170" />
      <source>Model {} on a latent input; image side {}; execution provider {}</source>
      <translation>Modèle {} sur une entrée latente ; côté image {} ; fournisseur d'exécution {}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/angles.py" line="74" />
      <source>sun zenith</source>
      <translation>zénith solaire</translation>
    </message>
    <message>
      <location filename="../core/biophysical/angles.py" line="74" />
      <location filename="../core/biophysical/run_log.py" line="33" />
      <source>view zenith</source>
      <translation>zénith de visée</translation>
    </message>
    <message>
      <location filename="../core/biophysical/angles.py" line="75" />
      <location filename="../core/biophysical/run_log.py" line="33" />
      <source>relative azimuth</source>
      <translation>azimut relatif</translation>
    </message>
    <message>
      <location filename="../core/biophysical/angles.py" line="56" />
      <source>{parameter} = {value:g}° is outside Sentinel-2's view zenith range (0–{s2:g}°): the networks were trained on 0–{trained:g}° and extrapolate beyond it (quality flag 1); give the product's mean view zenith, or leave {parameter} empty for the default {default:g}°</source>
      <translation>{parameter} = {value:g}° est hors de la plage d'angle zénithal de visée de Sentinel-2 (0–{s2:g}°) : les réseaux ont été entraînés sur 0–{trained:g}° et extrapolent au-delà (indicateur de qualité 1) ; donnez l'angle zénithal de visée moyen du produit, ou laissez {parameter} vide pour la valeur par défaut {default:g}°</translation>
    </message>
    <message>
      <location filename="../core/biophysical/angles.py" line="42" />
      <source>{parameter} = {value} is not an angle in degrees</source>
      <translation>{parameter} = {value} n'est pas un angle en degrés</translation>
    </message>
    <message>
      <location filename="../core/biophysical/angles.py" line="63" />
      <source>{parameter} = {value:g}° is outside 0–360°: {used:g}° used (the same geometry: modulo 360°, and 360° minus that above 180°)</source>
      <translation>{parameter} = {value:g}° est hors de 0–360° : {used:g}° utilisé (la même géométrie : modulo 360°, et 360° moins cette valeur au-delà de 180°)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/angles.py" line="66" />
      <source>{parameter} = {value:g}° taken as {used:g}° (the same geometry: the networks know relative azimuths of 0–180°, and 360° minus the angle above 180°)</source>
      <translation>{parameter} = {value:g}° pris comme {used:g}° (la même géométrie : les réseaux connaissent les azimuts relatifs de 0–180°, et 360° moins l'angle au-delà de 180°)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/angles.py" line="76" />
      <source>{angle} from product</source>
      <translation>{angle} lu dans le produit</translation>
    </message>
    <message>
      <location filename="../core/biophysical/angles.py" line="108" />
      <source>date {date} of the input carries no sun angles and no CRS to compute them from; set {parameter} (degrees)</source>
      <translation>la date {date} de l'entrée ne porte ni angles solaires ni SCR permettant de les calculer ; indiquez {parameter} (degrés)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/angles.py" line="118" />
      <source>date {date}: {how}: {value:.1f}°, not a zenith angle the retrieval can use (0 to under 90°)</source>
      <translation>date {date} : {how} : {value:.1f}°, pas un angle zénithal utilisable par l'inversion (de 0 à moins de 90°)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/angles.py" line="49" />
      <source>{parameter} = {value:g}° is not a sun zenith angle the retrieval can use: give degrees from 0 to under 90 (at 90° and beyond the sun is on or below the horizon)</source>
      <translation>{parameter} = {value:g}° n'est pas un angle zénithal solaire utilisable par l'inversion : donnez des degrés de 0 à moins de 90 (à 90° et au-delà le soleil est sur ou sous l'horizon)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/angles.py" line="52" />
      <source>{parameter} = {value:g}° is not a view zenith angle: give degrees from 0 to under 90 (Sentinel-2 views at 0–{s2:g}°)</source>
      <translation>{parameter} = {value:g}° n'est pas un angle zénithal de visée : donnez des degrés de 0 à moins de 90 (Sentinel-2 vise à 0–{s2:g}°)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/angles.py" line="77" />
      <source>{angle} from parameters</source>
      <translation>{angle} d'après les paramètres</translation>
    </message>
    <message>
      <location filename="../core/biophysical/angles.py" line="78" />
      <source>{angle} default</source>
      <translation>{angle} par défaut</translation>
    </message>
    <message>
      <location filename="../core/biophysical/angles.py" line="79" />
      <source>{angle} computed from the acquisition time ({time}) and place</source>
      <translation>{angle} calculé à partir de l'heure ({time}) et du lieu d'acquisition</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="181" />
      <source>true LAI = effective LAI / clumping index, Ω = {value:g} for every pixel</source>
      <translation>LAI vrai = LAI effectif / indice d'agrégation, Ω = {value:g} pour tous les pixels</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="177" />
      <source>true LAI = effective LAI / clumping index, Ω from {file} (bilinear), {value:g} where the map has no value</source>
      <translation>LAI vrai = LAI effectif / indice d'agrégation, Ω lu dans {file} (bilinéaire), {value:g} là où la carte n'a pas de valeur</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="180" />
      <source>effective LAI (turbid-medium PROSAIL canopy, no clumping correction)</source>
      <translation>LAI effectif (couvert PROSAIL en milieu turbide, sans correction d'agrégation)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="47" />
      <source>clumping index {value:g} is outside {low}–{high}: Ω is 1 for leaves placed at random and about 0.5–0.9 for real canopies (1 = no correction, effective LAI)</source>
      <translation>l'indice d'agrégation {value:g} est hors de {low}–{high} : Ω vaut 1 pour des feuilles placées au hasard et environ 0,5–0,9 pour les couverts réels (1 = aucune correction, LAI effectif)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="88" />
      <location filename="../core/inputs/product_kind.py" line="39" />
      <source>a latent raster ({algorithm})</source>
      <translation>un raster latent ({algorithm})</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="43" />
      <source>clumping index {value} is not a number; give a value between {low} and 1 (1 = no correction, effective LAI)</source>
      <translation>l'indice d'agrégation {value} n'est pas un nombre ; donnez une valeur entre {low} et 1 (1 = aucune correction, LAI effectif)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="77" />
      <source>clumping-index map {file} does not exist; give a raster of Ω (0–1 or percent), e.g. the global 500 m map of He et al. (2012)</source>
      <translation>la carte d'indice d'agrégation {file} n'existe pas ; donnez un raster de Ω (0–1 ou en pourcentage), par exemple la carte mondiale à 500 m de He et al. (2012)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="89" />
      <location filename="../core/inputs/product_kind.py" line="46" />
      <source>a Sentinel stack ({algorithm})</source>
      <translation>une pile Sentinel ({algorithm})</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="95" />
      <source>clumping-index map {file} is {what}; a clumping-index map has one band of Ω (0–1 or percent): give such a raster ({command} to take one band of a multi-band file)</source>
      <translation>la carte d'indice d'agrégation {file} est {what} ; une carte d'indice d'agrégation a une seule bande de Ω (0–1 ou en pourcentage) : donnez un tel raster ({command} pour extraire une bande d'un fichier multibande)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="100" />
      <source>clumping-index map {file} has no coordinate reference system; assign one ({command}) so it can be placed on the input</source>
      <translation>la carte d'indice d'agrégation {file} n'a pas de système de coordonnées de référence ; attribuez-lui en un ({command}) pour qu'elle puisse être placée sur l'entrée</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="114" />
      <source>clumping-index map {file} holds no positive value</source>
      <translation>la carte d'indice d'agrégation {file} ne contient aucune valeur positive</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="122" />
      <source>clumping-index map {file} holds no clumping index: none of its values lies in {low:g}–{high:g} (or {low_percent:g}–{high_percent:g} %; its values span {min:.3g}–{max:.3g}); give a map of Ω</source>
      <translation>la carte d'indice d'agrégation {file} ne contient aucun indice d'agrégation : aucune de ses valeurs n'est dans {low:g}–{high:g} (ni dans {low_percent:g}–{high_percent:g} % ; ses valeurs vont de {min:.3g} à {max:.3g}) ; donnez une carte de Ω</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="138" />
      <source>clumping-index map {file} does not overlap the input; give a map that covers the Sentinel-2 area (or set one clumping index for every pixel)</source>
      <translation>la carte d'indice d'agrégation {file} ne recouvre pas l'entrée ; donnez une carte qui couvre la zone Sentinel-2 (ou indiquez un seul indice d'agrégation pour tous les pixels)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="82" />
      <source>clumping-index map {file} cannot be read as a raster ({error}); give a GeoTIFF or another GDAL raster</source>
      <translation>la carte d'indice d'agrégation {file} ne peut pas être lue comme un raster ({error}) ; donnez un GeoTIFF ou un autre raster GDAL</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="90" />
      <source>a raster of {count} bands</source>
      <translation>un raster de {count} bandes</translation>
    </message>
    <message>
      <location filename="../core/biophysical/clumping.py" line="91" />
      <source>a map of {variable} (its {tag} tag), not of Ω</source>
      <translation>une carte de {variable} (son étiquette {tag}), pas de Ω</translation>
    </message>
    <message>
      <location filename="../core/biophysical/empty_input.py" line="58" />
      <source>{file} (its clouds detected by {detectors}: a date can be cloud everywhere; {parameter} off keeps every pixel)</source>
      <translation>{file} (nuages détectés par {detectors} : une date peut être nuageuse partout ; {parameter} désactivé garde tous les pixels)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/empty_input.py" line="50" />
      <source>{file} (its own cloud mask masks every pixel that holds a value)</source>
      <translation>{file} (son propre masque de nuages masque tous les pixels qui ont une valeur)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/empty_input.py" line="52" />
      <source>{file} (its clouds detected by {detectors}, but its reflectance looks offset by +0.1: digital numbers of processing baseline 04.00 or later without their declared offset (see the warning above), which the detector takes for cloud everywhere; set the dataset tag {tag}=-1000 and run again rather than turning {parameter} off)</source>
      <translation>{file} (ses nuages détectés par {detectors}, mais sa réflectance semble décalée de +0,1 : des comptes numériques de la ligne de base de traitement 04.00 ou ultérieure sans leur décalage déclaré (voir l'avertissement ci-dessus), que le détecteur prend partout pour des nuages ; définissez la métadonnée {tag}=-1000 et relancez plutôt que de désactiver {parameter})</translation>
    </message>
    <message>
      <location filename="../core/biophysical/empty_input.py" line="47" />
      <source>{file} (every pixel is 0 in every band on every date: an empty export without a nodata value, not clouds)</source>
      <translation>{file} (chaque pixel vaut 0 dans chaque bande à chaque date : un export vide sans valeur nodata, pas des nuages)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="91" />
      <source>{count} product levels given for {dates} dates</source>
      <translation>{count} niveaux de produit donnés pour {dates} dates</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="214" />
      <source>the smoothing window must be 0 (fitted to the data) or a positive number of days, not {value}</source>
      <translation>la fenêtre de lissage doit valoir 0 (ajustée aux données) ou un nombre de jours positif, pas {value}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="233" />
      <source>{count} date(s): {dates}; execution provider: {provider}</source>
      <translation>{count} date(s) : {dates} ; fournisseur d'exécution : {provider}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="267" />
      <source>LAI, CCC and CWC: {definition}</source>
      <translation>LAI, CCC et CWC : {definition}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="99" />
      <source>set by the {parameter} parameter</source>
      <translation>fixé par le paramètre {parameter}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="145" />
      <source>temporal smoothing cannot be fitted to this input ({error}); effective window {days:g} days used</source>
      <translation>le lissage temporel ne peut pas être ajusté à cette entrée ({error}) ; fenêtre effective de {days:g} jours utilisée</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="237" />
      <source>the {parameter} parameter contradicts the level the input states on {count} date(s) ({dates}); see the lines above — leave {parameter} on {auto} unless the input's own level is wrong</source>
      <translation>le paramètre {parameter} contredit le niveau indiqué par l'entrée sur {count} date(s) ({dates}) ; voir les lignes ci-dessus — laissez {parameter} sur {auto} sauf si le niveau propre de l'entrée est faux</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="253" />
      <source>temporal smoothing needs several dates; {count} date(s) are only gap-filled/averaged</source>
      <translation>le lissage temporel demande plusieurs dates ; {count} date(s) sont seulement comblées/moyennées</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="272" />
      <source>temporal smoothing: effective window {days:g} days, λ per variable {lambdas}</source>
      <translation>lissage temporel : fenêtre effective de {days:g} jours, λ par variable {lambdas}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="349" />
      <source>clumping-index map: no value for {percent:.1f} % of the pixels (outside the map, nodata or outside {low}–1); Ω = {value:g} used there</source>
      <translation>carte d'indice d'agrégation : aucune valeur pour {percent:.1f} % des pixels (hors de la carte, nodata ou hors de {low}–1) ; Ω = {value:g} y est utilisé</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="102" />
      <source>top-of-atmosphere values read as surface reflectance</source>
      <translation>des valeurs au sommet de l'atmosphère lues comme réflectance de surface</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="103" />
      <source>surface reflectance read as top-of-atmosphere</source>
      <translation>des valeurs de réflectance de surface lues comme valeurs au sommet de l'atmosphère</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="104" />
      <source>the input itself says {level} ({how}): {misread} bias the retrieval; force the level only where the input's own is wrong</source>
      <translation>l'entrée elle-même indique {level} ({how}) : {misread} faussent l'estimation ; n'imposez le niveau que là où celui de l'entrée est faux</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="112" />
      <source>{file}, {date}: {error}</source>
      <translation>{file}, {date} : {error}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="275" />
      <source>temporal smoothing fitted to the data (maximum likelihood over {count} sampled pixel series): effective window per variable {windows}</source>
      <translation>lissage temporel ajusté aux données (maximum de vraisemblance sur {count} séries de pixels échantillonnées) : fenêtre effective par variable {windows}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="279" />
      <source>per-date 1σ fitted to the same series (factor per variable): {factors}</source>
      <translation>1σ de chaque date ajusté sur les mêmes séries (facteur par variable) : {factors}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="283" />
      <source>{variables}: the 1σ factor is at the end of the range tried ({low:g}–{high:g}): the networks' per-date 1σ is far from what these series show, and the smoothed 1σ may still be off</source>
      <translation>{variables} : le facteur sur le 1σ est au bout de l'intervalle essayé ({low:g}–{high:g}) : le 1σ de chaque date donné par les réseaux est loin de ce que montrent ces séries, et le 1σ lissé peut encore être faux</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="288" />
      <source>{variables}: the fitted window is at the end of the range tried (7–730 days): the series vary little beyond their noise (or too few dates), and are smoothed about as much as the range allows</source>
      <translation>{variables} : la fenêtre ajustée est au bout de la plage essayée (7–730 jours) : les séries varient peu au-delà de leur bruit (ou il y a trop peu de dates), et sont lissées à peu près autant que la plage le permet</translation>
    </message>
    <message>
      <location filename="../core/biophysical/raster.py" line="277" />
      <source>{variable} {days:.0f} d (λ {lam:.3g})</source>
      <translation>{variable} {days:.0f} j (λ {lam:.3g})</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="125" />
      <source>the input lacks {missing}, so the model used reads {n} bands ({bands}) instead of the {count} of the full model, and its LAI is less accurate (README, BAND_SET); give a product or stack with all {count} bands</source>
      <translation>il manque {missing} à l'entrée : le modèle utilisé lit donc {n} bandes ({bands}) au lieu des {count} du modèle complet, et son LAI est moins exact (README, BAND_SET) ; donnez un produit ou une pile avec les {count} bandes</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="92" />
      <source>none of the needed bands</source>
      <translation>aucune des bandes nécessaires</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="73" />
      <source>prior {prior} is not one of {priors}</source>
      <translation>l'a priori {prior} n'est pas l'un de {priors}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="81" />
      <source>product level {level} is not one of {levels}</source>
      <translation>le niveau de produit {level} n'est pas l'un de {levels}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="84" />
      <source>band set {band_set} is not one of {band_sets}</source>
      <translation>le jeu de bandes {band_set} n'est pas l'un de {band_sets}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="102" />
      <source>{bands}; or {other}</source>
      <translation>{bands} ; ou {other}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="103" />
      <source>Top-of-atmosphere (Level-1C) reflectance is retrieved from all 10 bands only: give a stack with {band}, or use an atmospherically corrected (Level-2A) product, for which 9-band and 10 m models exist — do not just set the level to {level}: top-of-atmosphere values read as surface reflectance give a biased LAI (about 1 lower over forest)</source>
      <translation>La réflectance au sommet de l'atmosphère (niveau 1C) ne s'estime qu'avec les 10 bandes : donnez une pile avec {band}, ou utilisez un produit corrigé de l'atmosphère (niveau 2A), pour lequel des modèles à 9 bandes et à 10 m existent — ne vous contentez pas de fixer le niveau à {level} : des valeurs au sommet de l'atmosphère lues comme réflectance de surface donnent un LAI biaisé (environ 1 de moins en forêt)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="110" />
      <source>band set {fit} fits this input: choose it, or {auto} (the richest band set the input has)</source>
      <translation>le jeu de bandes {fit} convient à cette entrée : choisissez-le, ou {auto} (le jeu de bandes le plus riche que l'entrée possède)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="113" />
      <source>missing Sentinel-2 band(s) for a {level} retrieval with band set {band_set}: the input has {has}; it needs {need}</source>
      <translation>bande(s) Sentinel-2 manquante(s) pour une estimation {level} avec le jeu de bandes {band_set} : l'entrée contient : {has} ; il faut {need}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="210" />
      <source>band values look like reflectance in percent (0–100) or 8-bit values (0–255), not 0–1 (99th percentile {value:.0f}); divide them by 100 or by 255</source>
      <translation>les valeurs des bandes semblent être des réflectances en pourcentage (0–100) ou des valeurs 8 bits (0–255), pas en 0–1 (99e centile {value:.0f}) ; divisez-les par 100 ou par 255</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="214" />
      <source>band values look like digital numbers, not reflectance 0–1 (99th percentile {value:.0f}); divide by the quantification value (10000) and apply the {offset} of processing baseline 04.00+</source>
      <translation>les valeurs des bandes ressemblent à des comptes numériques, pas à une réflectance 0–1 (99e centile {value:.0f}) ; divisez par la valeur de quantification (10000) et appliquez le {offset} de la baseline de traitement 04.00+</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="224" />
      <source>{name} = {value:g}: zenith angles must be in degrees between 0 and 90</source>
      <translation>{name} = {value:g} : les angles zénithaux doivent être en degrés, entre 0 et 90</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="96" />
      <source>there is no {level} model with band set {band_set} (the {level} models read: {offered}); choose band set {auto} or {offered}</source>
      <translation>il n'existe pas de modèle {level} avec le jeu de bandes {band_set} (les modèles {level} lisent : {offered}) ; choisissez le jeu de bandes {auto} ou {offered}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="185" />
      <source>without a finite value</source>
      <translation>sans valeur finie</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="189" />
      <source>{name} is missing: give the angle in degrees (tts sun zenith, tto view zenith, psi relative azimuth)</source>
      <translation>{name} manque : donnez l'angle en degrés (tts zénith solaire, tto zénith de visée, psi azimut relatif)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="193" />
      <source>product level {level} is not one of {levels}: arrays do not say whether they are surface ({l2a}) or top-of-atmosphere ({l1c}) reflectance, so give {name}={l2a} or {l1c}</source>
      <translation>le niveau de produit {level} n'est pas l'un de {levels} : des tableaux ne disent pas s'ils sont une réflectance de surface ({l2a}) ou au sommet de l'atmosphère ({l1c}) ; donnez donc {name}={l2a} ou {l1c}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="236" />
      <source>the clumping index has shape {shape}, the bands {bands_shape}; give one number or an array of the bands' shape</source>
      <translation>l'indice d'agrégation a la forme {shape}, les bandes {bands_shape} ; donnez un seul nombre ou un tableau de la forme des bandes</translation>
    </message>
    <message>
      <location filename="../core/biophysical/retrieval.py" line="98" />
      <source>top-of-atmosphere (Level-1C) reflectance needs all 10 bands, {band} included</source>
      <translation>la réflectance au sommet de l'atmosphère (niveau 1C) demande les 10 bandes, {band} comprise</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="59" />
      <source>{date}: sun zenith {sun_zenith:.1f}°, view zenith {view_zenith:.1f}°, relative azimuth {relative_azimuth:.1f}° ({source})</source>
      <translation>{date} : zénith solaire {sun_zenith:.1f}°, zénith de visée {view_zenith:.1f}°, azimut relatif {relative_azimuth:.1f}° ({source})</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="64" />
      <source>(wide prior)</source>
      <translation>(a priori large)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="64" />
      <source>(co-distributed prior)</source>
      <translation>(a priori co-distribué)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="89" />
      <source>no cloud detection on {count} date(s) ({dates}): the input carries no cloud mask and lacks bands the detectors need (at least {bands}); clouds and their shadows are retrieved as if they were vegetation, without quality flag 4 — give the 20 m bands (B11 at least) or a cloud mask band (described SCL, CLM, CLOUD or VALID) with the input, or mask the clouds beforehand</source>
      <translation>pas de détection des nuages sur {count} date(s) ({dates}) : l'entrée n'a pas de masque de nuages et il lui manque des bandes nécessaires aux détecteurs (au moins {bands}) ; les nuages et leurs ombres sont inversés comme de la végétation, sans l'indicateur de qualité 4 — fournissez les bandes à 20 m (B11 au moins) ou une bande de masque de nuages (décrite SCL, CLM, CLOUD ou VALID) avec l'entrée, ou masquez les nuages au préalable</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="126" />
      <source>sun zenith beyond the {trained:.1f}° the model was trained on, on {count} date(s) ({dates}): every pixel of those dates is flagged 1 (input outside the training domain) and its values are the networks' extrapolation; read them with care, or build the stack without them (eolatent:buildstack START_DATE / END_DATE, or untick them in the stack dock)</source>
      <translation>angle zénithal solaire au-delà des {trained:.1f}° sur lesquels le modèle a été entraîné, à {count} date(s) ({dates}) : chaque pixel de ces dates porte l'indicateur 1 (entrée hors du domaine d'entraînement) et ses valeurs sont une extrapolation des réseaux ; lisez-les avec prudence, ou construisez la pile sans elles (START_DATE / END_DATE de eolatent:buildstack, ou décochez-les dans le dock des piles)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="37" />
      <source>view zenith {view_zenith:g}° and relative azimuth {relative_azimuth:g}° are stated defaults where the input carries no view angles (set {view_parameter} / {azimuth_parameter} to change it)</source>
      <translation>le zénith de visée {view_zenith:g}° et l'azimut relatif {relative_azimuth:g}° sont des valeurs par défaut déclarées là où l'entrée ne porte pas d'angles de visée (indiquez {view_parameter} / {azimuth_parameter} pour les changer)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="71" />
      <source>{date}: top-of-atmosphere reflectance ({level}, {how}); model {model}, bands {bands}</source>
      <translation>{date} : réflectance au sommet de l'atmosphère ({level}, {how}) ; modèle {model}, bandes {bands}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="73" />
      <source>{date}: surface reflectance ({level}, {how}); model {model}, bands {bands}</source>
      <translation>{date} : réflectance de surface ({level}, {how}) ; modèle {model}, bandes {bands}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="76" />
      <source>{date}: clouds and shadows: {how}</source>
      <translation>{date} : nuages et ombres : {how}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="146" />
      <source>fewer than half the pixels retrieved on {count} date(s): {dates} (the others nodata, cloud or shadow)</source>
      <translation>moins de la moitié des pixels restitués sur {count} date(s) : {dates} (les autres sans donnée, nuage ou ombre)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="22" />
      <source>all {count} dates</source>
      <translation>les {count} dates</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="43" />
      <source>{angle} {value:g}° is a stated default where the input carries no view angles (set {parameter} to change it)</source>
      <translation>{angle} {value:g}° est une valeur par défaut déclarée là où l'entrée ne porte pas d'angles de visée (définissez {parameter} pour la changer)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="48" />
      <source>{parameter} = {value:g}° given, but the input carries its own {angle} on {count} of {total} date(s): the input's is used there</source>
      <translation>{parameter} = {value:g}° donné, mais l'entrée porte son propre {angle} sur {count} des {total} date(s) : c'est celui de l'entrée qui y est utilisé</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="141" />
      <source>no pixel retrieved on {count} date(s): {dates} (nodata, cloud or shadow everywhere): the smoother gap-fills them from the other dates (quality flag 32)</source>
      <translation>aucun pixel restitué sur {count} date(s) : {dates} (sans donnée, nuage ou ombre partout) : le lissage les comble à partir des autres dates (indicateur de qualité 32)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="143" />
      <source>no pixel retrieved on {count} date(s): {dates} (nodata, cloud or shadow everywhere): their bands are nodata (quality flag 4)</source>
      <translation>aucun pixel restitué sur {count} date(s) : {dates} (sans donnée, nuage ou ombre partout) : leurs bandes sont à nodata (indicateur de qualité 4)</translation>
    </message>
    <message>
      <location filename="../core/biophysical/run_log.py" line="116" />
      <source>{date}: {zenith:.1f}°</source>
      <translation>{date} : {zenith:.1f}°</translation>
    </message>
    <message>
      <location filename="../core/biophysical/smoothing_likelihood.py" line="41" />
      <location filename="../core/biophysical/temporal_smoothing.py" line="173" />
      <location filename="../core/biophysical/temporal_smoothing.py" line="169" />
      <source>{name} must be positive and finite</source>
      <translation>{name} doit être positif et fini</translation>
    </message>
    <message>
      <location filename="../core/biophysical/smoothing_likelihood.py" line="85" />
      <source>{count} pixel(s) with three or more valid dates; fitting the smoothing to the data needs {needed}: give a smoothing window instead</source>
      <translation>{count} pixel(s) avec trois dates valides ou plus ; ajuster le lissage aux données en demande {needed} : donnez plutôt une fenêtre de lissage</translation>
    </message>
    <message>
      <location filename="../core/biophysical/temporal_smoothing.py" line="88" />
      <source>{a}, {b} and {c} must be positive</source>
      <translation>{a}, {b} et {c} doivent être positifs</translation>
    </message>
    <message>
      <location filename="../core/biophysical/temporal_smoothing.py" line="108" />
      <source>no valid observation to derive λ from (every value NaN or masked); give a window in days instead</source>
      <translation>aucune observation valide d'où tirer λ (toutes les valeurs sont NaN ou masquées) ; donnez plutôt une fenêtre en jours</translation>
    </message>
    <message>
      <location filename="../core/biophysical/temporal_smoothing.py" line="145" />
      <source>{name} must have a leading time axis</source>
      <translation>{name} doit avoir l'axe du temps en premier</translation>
    </message>
    <message>
      <location filename="../core/biophysical/temporal_smoothing.py" line="149" />
      <source>{a} has {n} dates, {b} {m}</source>
      <translation>{a} a {n} dates, {b} {m}</translation>
    </message>
    <message>
      <location filename="../core/biophysical/temporal_smoothing.py" line="151" />
      <location filename="../core/biophysical/temporal_smoothing.py" line="303" />
      <source>{name} must be finite</source>
      <translation>{name} doit être fini</translation>
    </message>
    <message>
      <location filename="../core/biophysical/temporal_smoothing.py" line="388" />
      <source>no pixel with enough valid dates for cross-validation</source>
      <translation>aucun pixel n'a assez de dates valides pour la validation croisée</translation>
    </message>
    <message>
      <location filename="../core/classify/apply_raster.py" line="151" />
      <source>classifier {model}: {count} classes on a {source}</source>
      <translation>classifieur {model} : {count} classes sur {source}</translation>
    </message>
    <message>
      <location filename="../core/classify/apply_raster.py" line="60" />
      <source>{file} is an {task} model ({model}), not a classifier; give an ONNX file written by eolatent:classify in train mode</source>
      <translation>{file} est un modèle {task} ({model}), pas un classifieur ; donnez un fichier ONNX écrit par eolatent:classify en mode entraîner</translation>
    </message>
    <message>
      <location filename="../core/classify/apply_raster.py" line="62" />
      <source>{file} is a {task} model ({model}), not a classifier; give an ONNX file written by eolatent:classify in train mode</source>
      <translation>{file} est un modèle {task} ({model}), pas un classifieur ; donnez un fichier ONNX écrit par eolatent:classify en mode entraîner</translation>
    </message>
    <message>
      <location filename="../core/classify/apply_raster.py" line="70" />
      <source>{file}: its card lacks the classes or the input spec of an eolatent classifier; train it again with eolatent:classify</source>
      <translation>{file} : sa fiche de modèle n'a pas les classes ou la spécification d'entrée d'un classifieur eolatent ; entraînez-le à nouveau avec eolatent:classify</translation>
    </message>
    <message>
      <location filename="../core/classify/auto_choice.py" line="41" />
      <source>classifier chosen by validation over the training samples ({scheme}): {name} (macro-F1 {scores})</source>
      <translation>classifieur choisi par validation sur les échantillons d'entraînement ({scheme}) : {name} (F1 macro {scores})</translation>
    </message>
    <message>
      <location filename="../core/classify/auto_choice.py" line="28" />
      <source>fewer than two classes with two training samples or more: the classifier is not chosen by validation; using the random forest</source>
      <translation>moins de deux classes ont au moins deux échantillons d'entraînement : le classifieur n'est pas choisi par validation ; la forêt aléatoire est utilisée</translation>
    </message>
    <message>
      <location filename="../core/classify/classes.py" line="57" />
      <source>the class field holds values the map cannot use as codes ({values}; codes are 1 … 65535, 0 is nodata): the classes are numbered 1 … {count} in the order of their values, and the map's {tag} tag gives each code's value</source>
      <translation>le champ de classe contient des valeurs que la carte ne peut pas utiliser comme codes ({values} ; les codes vont de 1 à 65535, 0 est le nodata) : les classes sont numérotées de 1 à {count} dans l'ordre de leurs valeurs, et l'étiquette {tag} de la carte donne la valeur de chaque code</translation>
    </message>
    <message>
      <location filename="../core/classify/classes.py" line="127" />
      <source>the class field {field} holds {distinct} different values for {count} features: a class field holds a few classes, each shared by several features ({field} looks like a measurement or an identifier); choose the field that holds the classes</source>
      <translation>le champ de classe {field} contient {distinct} valeurs différentes pour {count} entités : un champ de classe contient quelques classes, chacune partagée par plusieurs entités ({field} ressemble à une mesure ou à un identifiant) ; choisissez le champ qui contient les classes</translation>
    </message>
    <message>
      <location filename="../core/classify/classes.py" line="116" />
      <source>class values that differ only in upper / lower case are separate classes: {values}; write each class the same way in the class field to make it one class</source>
      <translation>des valeurs de classe qui ne diffèrent que par les majuscules / minuscules forment des classes distinctes : {values} ; écrivez chaque classe de la même façon dans le champ de classe pour n'en faire qu'une</translation>
    </message>
    <message>
      <location filename="../core/classify/cluster.py" line="174" />
      <source>k = {k}: give at least 2 clusters, or 0 to choose k automatically</source>
      <translation>k = {k} : indiquez au moins 2 groupes, ou 0 pour choisir k automatiquement</translation>
    </message>
    <message>
      <location filename="../core/classify/cluster.py" line="176" />
      <source>the largest k tried ({k_max}) must be at least 2</source>
      <translation>le plus grand k essayé ({k_max}) doit valoir au moins 2</translation>
    </message>
    <message>
      <location filename="../core/classify/cluster.py" line="169" />
      <source>clustering needs scikit-learn ({error}); install it (see the plugin's dependency message)</source>
      <translation>le regroupement (clustering) nécessite scikit-learn ({error}) ; installez-le (voir le message de l'extension sur les dépendances)</translation>
    </message>
    <message>
      <location filename="../core/classify/cluster.py" line="180" />
      <source>this latent records no {tag} (encoded by an earlier version): its edge chunks only partly covered by data, if any, are fitted like the others and may form a cluster of their own; encode the stack again to leave them out of the fit</source>
      <translation>ce latent n'enregistre pas de {tag} (encodé par une version antérieure) : ses blocs de bord couverts seulement en partie par des données, s'il y en a, sont ajustés comme les autres et peuvent former leur propre groupe ; encodez à nouveau la pile pour les exclure de l'ajustement</translation>
    </message>
    <message>
      <location filename="../core/classify/cluster.py" line="188" />
      <source>{count} edge chunk(s) only partly covered by the stack's data are left out of the fit (their latents describe part of a chunk); {empty} of them, at most half covered, are left empty in the map, the others are assigned to their nearest cluster; to map the edge, build the stack over a slightly larger extent</source>
      <translation>{count} bloc(s) du bord couverts seulement en partie par les données de la pile sont exclus de l'ajustement (leurs latents ne décrivent qu'une partie d'un bloc) ; {empty} d'entre eux, couverts au plus à moitié, restent vides dans la carte, les autres sont affectés au groupe le plus proche ; pour cartographier le bord, construisez la pile sur une emprise un peu plus grande</translation>
    </message>
    <message>
      <location filename="../core/classify/cluster.py" line="197" />
      <source>{count} stacked features standardised (mean 0, standard deviation 1 over {pixels} sampled pixels) so that no raster outweighs the others by its units</source>
      <translation>{count} variables empilées standardisées (moyenne 0, écart type 1 sur {pixels} pixels échantillonnés) pour qu'aucun raster ne l'emporte sur les autres par ses unités</translation>
    </message>
    <message>
      <location filename="../core/classify/cluster.py" line="202" />
      <source>{count} of {total} features hold no value in the sampled pixels ({names}: nodata or NaN everywhere): constant, they do not weigh in the clusters</source>
      <translation>{count} des {total} variables n'ont aucune valeur dans les pixels échantillonnés ({names} : nodata ou NaN partout) : constantes, elles ne pèsent pas dans les groupes</translation>
    </message>
    <message>
      <location filename="../core/classify/cluster.py" line="206" />
      <source>{file} holds no value in any sampled pixel (nodata or NaN everywhere): it adds nothing to the clusters; check it, or leave it out</source>
      <translation>{file} n'a aucune valeur sur les pixels échantillonnés (nodata ou NaN partout) : il n'apporte rien aux groupes ; vérifiez-le, ou retirez-le</translation>
    </message>
    <message>
      <location filename="../core/classify/cluster.py" line="210" />
      <source>{file} has no valid pixel (nodata or NaN everywhere): nothing to cluster; check the input</source>
      <translation>{file} n'a aucun pixel valide (sans donnée ou NaN partout) : rien à regrouper ; vérifiez l'entrée</translation>
    </message>
    <message>
      <location filename="../core/classify/cluster.py" line="223" />
      <source>silhouette by k: {scores} → k = {k}</source>
      <translation>silhouette par k : {scores} → k = {k}</translation>
    </message>
    <message>
      <location filename="../core/classify/cluster.py" line="229" />
      <source>k-means found {count} distinct cluster(s) of the {k} asked for (the raster has fewer kinds of pixels): the map has clusters 1 … {count}</source>
      <translation>les k-moyennes ont trouvé {count} groupe(s) distinct(s) sur les {k} demandés (le raster a moins de sortes de pixels) : la carte a les groupes 1 … {count}</translation>
    </message>
    <message>
      <location filename="../core/classify/cluster.py" line="213" />
      <source>{file} has only {count} valid pixel(s); clustering needs more than k = {k}</source>
      <translation>{file} n'a que {count} pixel(s) valide(s) ; le regroupement en demande plus que k = {k}</translation>
    </message>
    <message>
      <location filename="../core/classify/cluster.py" line="221" />
      <source>no k gave two or more distinct clusters; the raster is (nearly) uniform</source>
      <translation>aucun k n'a donné au moins deux groupes distincts ; le raster est (presque) uniforme</translation>
    </message>
    <message>
      <location filename="../core/classify/cluster.py" line="215" />
      <source>(the smallest k the automatic choice tries)</source>
      <translation>(le plus petit k qu'essaie le choix automatique)</translation>
    </message>
    <message>
      <location filename="../core/classify/ensemble.py" line="91" />
      <source>shrinkage LDA</source>
      <translation>LDA avec rétrécissement</translation>
    </message>
    <message>
      <location filename="../core/classify/ensemble.py" line="91" />
      <source>logistic regression</source>
      <translation>régression logistique</translation>
    </message>
    <message>
      <location filename="../core/classify/ensemble.py" line="94" />
      <source>random forest ({count} trees)</source>
      <translation>forêt aléatoire ({count} arbres)</translation>
    </message>
    <message>
      <location filename="../core/classify/ensemble.py" line="96" />
      <source>each of {count} feature blocks ({sizes} features), each block weighted equally</source>
      <translation>chacun des {count} blocs de variables ({sizes} variables), chaque bloc avec le même poids</translation>
    </message>
    <message>
      <location filename="../core/classify/ensemble.py" line="98" />
      <source>all {count} features</source>
      <translation>l'ensemble des {count} variables</translation>
    </message>
    <message>
      <location filename="../core/classify/ensemble.py" line="110" />
      <source>ensemble: soft vote (mean class probability) of {members} on {blocks}</source>
      <translation>ensemble : vote souple (probabilité moyenne des classes) de {members} sur {blocks}</translation>
    </message>
    <message>
      <location filename="../core/classify/ensemble.py" line="29" />
      <source>feature blocks need at least one feature each (sizes {sizes})</source>
      <translation>les blocs de variables doivent avoir au moins une variable chacun (tailles {sizes})</translation>
    </message>
    <message>
      <location filename="../core/classify/ensemble.py" line="92" />
      <source>kNN (k = {k}; at most {rows} rows a class)</source>
      <translation>kNN (k = {k} ; au plus {rows} lignes par classe)</translation>
    </message>
    <message>
      <location filename="../core/classify/ensemble.py" line="93" />
      <source>kNN (k = {k})</source>
      <translation>kNN (k = {k})</translation>
    </message>
    <message>
      <location filename="../core/classify/ensemble.py" line="108" />
      <source>(class {name} has {count} training row(s): {reasons})</source>
      <translation>(la classe {name} a {count} ligne(s) d'entraînement : {reasons})</translation>
    </message>
    <message>
      <location filename="../core/classify/ensemble.py" line="103" />
      <source>shrinkage LDA needs 3 a class and is left out</source>
      <translation>la LDA avec rétrécissement en demande 3 par classe et est écartée</translation>
    </message>
    <message>
      <location filename="../core/classify/ensemble.py" line="105" />
      <source>kNN needs 2 a class (with 1, k = 1 and its all-or-nothing votes would outweigh the others) and is left out</source>
      <translation>le kNN en demande 2 par classe (avec 1, k = 1 et ses votes tout ou rien l'emporteraient sur les autres) et est écarté</translation>
    </message>
    <message>
      <location filename="../core/classify/ensemble.py" line="107" />
      <source>kNN's k is at most the smallest class</source>
      <translation>le k du kNN vaut au plus l'effectif de la plus petite classe</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="229" />
      <source>raster of {count} band(s) ({bands})</source>
      <translation>un raster de {count} bande(s) ({bands})</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="165" />
      <source>{count} of the {total} mapped pixels ({percent:.1f} %) lack some of the features other pixels have (a latent window without an observation there, or an extra input without data there): they count as {fill} for those pixels, whose result rests on the features they have</source>
      <translation>{count} des {total} pixels cartographiés ({percent:.1f} %) n'ont pas certaines des variables que d'autres pixels ont (une fenêtre latente sans observation à cet endroit, ou une entrée supplémentaire sans données à cet endroit) : elles valent {fill} pour ces pixels, dont le résultat repose sur les variables qu'ils ont</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="184" />
      <source>latent feature {n}</source>
      <translation>variable latente {n}</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="217" />
      <source>stack of {count} rasters ({members})</source>
      <translation>une pile de {count} rasters ({members})</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="222" />
      <source>latent raster of encoder {encoder} ({count} window(s) {span}, {size} features each)</source>
      <translation>un raster latent de l'encodeur {encoder} ({count} fenêtre(s) {span}, {size} variables chacune)</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="183" />
      <source>feature {n} of window {window}</source>
      <translation>variable {n} de la fenêtre {window}</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="208" />
      <source>every feature of window {window}</source>
      <translation>toutes les variables de la fenêtre {window}</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="210" />
      <location filename="../core/classify/value_range.py" line="86" />
      <source>feature {n}</source>
      <translation>variable {n}</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="244" />
      <source>a single raster and a stack of {count} rasters are not interchangeable</source>
      <translation>un raster seul et une pile de {count} rasters ne sont pas interchangeables</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="295" />
      <source>apply it to the same kinds of rasters in the same order ({param}, then the additional feature rasters), each made the same way, or train a classifier on these rasters</source>
      <translation>appliquez-le aux mêmes types de rasters dans le même ordre ({param}, puis les rasters de variables supplémentaires), chacun produit de la même façon, ou entraînez un classifieur sur ces rasters</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="298" />
      <source>apply it to a raster made the same way (same encoder and season, or the same bands), or train a classifier on this raster</source>
      <translation>appliquez-le à un raster produit de la même façon (même encodeur et même saison, ou mêmes bandes), ou entraînez un classifieur sur ce raster</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="300" />
      <source>classifier {model} was made for a {expected}, but {file} is a {found} ({problems}); {fix}</source>
      <translation>le classifieur {model} a été fait pour {expected}, mais {file} est {found} ({problems}) ; {fix}</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="51" />
      <source>input raster {file} does not exist; choose a latent raster from eolatent:encode or a Sentinel-2 stack</source>
      <translation>le raster d'entrée {file} n'existe pas ; choisissez un raster latent issu d'eolatent:encode ou une pile Sentinel-2</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="179" />
      <location filename="../core/classify/features.py" line="179" />
      <source>band {n}</source>
      <translation>bande {n}</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="57" />
      <source>cannot open {file} as a raster ({error}); if it is one, the file is truncated or corrupt (an interrupted copy or a full disk?): copy or export it again</source>
      <translation>impossible d'ouvrir {file} comme raster ({error}) ; si c'en est un, le fichier est tronqué ou corrompu (une copie interrompue ou un disque plein ?) : copiez-le ou exportez-le à nouveau</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="248" />
      <source>{count} stacked raster(s) ≠ {other}</source>
      <translation>{count} raster(s) empilé(s) ≠ {other}</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="253" />
      <source>a latent raster and a raw raster are not interchangeable</source>
      <translation>un raster latent et un raster brut ne sont pas interchangeables</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="251" />
      <source>raster {n}: {problem}</source>
      <translation>raster {n} : {problem}</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="267" />
      <source>{count} window(s) ≠ {other}</source>
      <translation>{count} fenêtre(s) ≠ {other}</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="276" />
      <source>{count} band(s) ≠ {other}</source>
      <translation>{count} bande(s) ≠ {other}</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="279" />
      <source>the band names differ</source>
      <translation>les noms de bandes diffèrent</translation>
    </message>
    <message>
      <location filename="../core/classify/features.py" line="273" />
      <source>window {window} is not in the season of {other}</source>
      <translation>la fenêtre {window} n'est pas dans la saison de {other}</translation>
    </message>
    <message>
      <location filename="../core/classify/fewshot.py" line="53" />
      <source>t has {count} values, the series {steps} steps</source>
      <translation>t a {count} valeurs, la série {steps} pas de temps</translation>
    </message>
    <message>
      <location filename="../core/classify/fewshot.py" line="116" />
      <source>no input series: give {s2}, {s1} or {ndvi}</source>
      <translation>aucune série en entrée : donnez {s2}, {s1} ou {ndvi}</translation>
    </message>
    <message>
      <location filename="../core/classify/fewshot.py" line="205" />
      <source>nothing to fuse</source>
      <translation>rien à fusionner</translation>
    </message>
    <message>
      <location filename="../core/classify/fewshot.py" line="368" />
      <source>{count} class(es) in the labels; at least two are needed</source>
      <translation>{count} classe(s) dans les étiquettes ; il en faut au moins deux</translation>
    </message>
    <message>
      <location filename="../core/classify/fewshot.py" line="321" />
      <location filename="../core/classify/train.py" line="88" />
      <source>unknown classifier {name}; choose one of {names}</source>
      <translation>classifieur inconnu {name} ; choisissez parmi {names}</translation>
    </message>
    <message>
      <location filename="../core/classify/samples.py" line="42" />
      <source>unreadable geometry {geometry}</source>
      <translation>géométrie illisible {geometry}</translation>
    </message>
    <message>
      <location filename="../core/classify/samples.py" line="271" />
      <source>the training layer has no feature with a class value; fill the class field or choose another field</source>
      <translation>la couche d'entraînement n'a aucune entité avec une valeur de classe ; remplissez le champ de classe ou choisissez un autre champ</translation>
    </message>
    <message>
      <location filename="../core/classify/samples.py" line="276" />
      <source>none of the {count} training features overlaps {file} (extent {west:.1f}, {south:.1f} – {east:.1f}, {north:.1f} in its CRS); choose training data over the raster's area</source>
      <translation>aucune des {count} entités d'entraînement ne recouvre {file} (emprise {west:.1f}, {south:.1f} – {east:.1f}, {north:.1f} dans son SCR) ; choisissez des données d'entraînement dans l'emprise du raster</translation>
    </message>
    <message>
      <location filename="../core/classify/samples.py" line="282" />
      <source>the training features overlap {file} but none covers a pixel centre (polygons smaller than a {xres:g} × {yres:g} pixel?); draw larger polygons or use points</source>
      <translation>les entités d'entraînement recouvrent {file} mais aucune ne couvre un centre de pixel (des polygones plus petits qu'un pixel de {xres:g} × {yres:g} ?) ; dessinez des polygones plus grands ou utilisez des points</translation>
    </message>
    <message>
      <location filename="../core/classify/samples.py" line="290" />
      <source>the {count} training pixels on {file} hold no value (every feature is nodata/NaN under every sample: cloud, or outside the encoded area); check the raster, or draw the samples where it has values</source>
      <translation>les {count} pixels d'entraînement sur {file} n'ont aucune valeur (chaque variable est nodata/NaN sous chaque échantillon : nuage, ou hors de la zone encodée) ; vérifiez le raster, ou dessinez les échantillons là où il a des valeurs</translation>
    </message>
    <message>
      <location filename="../core/classify/samples.py" line="295" />
      <location filename="../core/decode/raster.py" line="168" />
      <location filename="../core/decode/raster.py" line="174" />
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="../core/classify/samples.py" line="302" />
      <source>the training pixels on {file} hold only one class ({classes}); a classifier needs at least two classes with pixels on the raster: add samples of other classes</source>
      <translation>les pixels d'entraînement sur {file} ne contiennent qu'une seule classe ({classes}) ; un classifieur nécessite au moins deux classes ayant des pixels sur le raster : ajoutez des échantillons d'autres classes</translation>
    </message>
    <message>
      <location filename="../core/classify/samples.py" line="82" />
      <source>{codes} class code(s) for {geometries} geometries: one class code per geometry is needed</source>
      <translation>{codes} code(s) de classe pour {geometries} géométries : il faut un code de classe par géométrie</translation>
    </message>
    <message>
      <location filename="../core/classify/samples.py" line="87" />
      <source>class codes must be positive integers (0 is the nodata value of class maps)</source>
      <translation>les codes de classe doivent être des entiers positifs (0 est la valeur nodata des cartes de classes)</translation>
    </message>
    <message>
      <location filename="../core/classify/samples.py" line="298" />
      <source>the training pixels on {file} hold only one class ({classes}): the polygons of {hidden} lie wholly under later polygons of another class, which take their pixels; remove the overlaps</source>
      <translation>les pixels d'entraînement sur {file} ne contiennent qu'une classe ({classes}) : les polygones de {hidden} sont entièrement sous des polygones ultérieurs d'une autre classe, qui prennent leurs pixels ; supprimez les chevauchements</translation>
    </message>
    <message>
      <location filename="../core/classify/similarity.py" line="69" />
      <source>the reference layer has no feature; add a point or a polygon</source>
      <translation>la couche de référence n'a aucune entité ; ajoutez un point ou un polygone</translation>
    </message>
    <message>
      <location filename="../core/classify/similarity.py" line="71" />
      <source>no reference feature overlaps {file}; choose references inside the raster's area</source>
      <translation>aucune entité de référence ne recouvre {file} ; choisissez des références dans l'emprise du raster</translation>
    </message>
    <message>
      <location filename="../core/classify/similarity.py" line="85" />
      <source>the reference features cover no pixel of {file}; choose references inside the raster</source>
      <translation>les entités de référence ne couvrent aucun pixel de {file} ; choisissez des références à l'intérieur du raster</translation>
    </message>
    <message>
      <location filename="../core/classify/similarity.py" line="101" />
      <source>the reference pixels have no valid observation in any window of {file} (cloud or nodata); choose other references</source>
      <translation>les pixels de référence n'ont aucune observation valide dans aucune fenêtre de {file} (nuage ou nodata) ; choisissez d'autres références</translation>
    </message>
    <message>
      <location filename="../core/classify/similarity.py" line="51" />
      <source> (every raster stacked for similarity must be a latent raster; use biophysical or raw rasters in classify or cluster)</source>
      <translation> (chaque raster empilé pour la similarité doit être un raster latent ; utilisez les rasters biophysiques ou bruts dans classify ou cluster)</translation>
    </message>
    <message>
      <location filename="../core/classify/similarity.py" line="53" />
      <source>{file} is not a latent raster; similarity is measured in latent space: encode the stack first with eolatent:encode{extra}</source>
      <translation>{file} n'est pas un raster latent ; la similarité se mesure dans l'espace latent : encodez d'abord la pile avec eolatent:encode{extra}</translation>
    </message>
    <message>
      <location filename="../core/classify/similarity.py" line="99" />
      <source>{file} holds no value at all (every pixel is nodata/NaN): encode the stack again (eolatent:encode), checking its nodata value and dates</source>
      <translation>{file} ne contient aucune valeur (chaque pixel est nodata/NaN) : encodez à nouveau la pile (eolatent:encode) en vérifiant sa valeur nodata et ses dates</translation>
    </message>
    <message>
      <location filename="../core/classify/similarity.py" line="162" />
      <source>{file} holds no value at any reference pixel (nodata or NaN there): it adds nothing to the similarity; check it, or leave it out</source>
      <translation>{file} n'a aucune valeur sur les pixels de référence (nodata ou NaN là) : il n'apporte rien à la similarité ; vérifiez-le, ou retirez-le</translation>
    </message>
    <message>
      <location filename="../core/classify/similarity.py" line="165" />
      <source>{count} of the {total} reference feature(s) lie outside the raster or on nodata pixels only, and are not used</source>
      <translation>{count} des {total} entité(s) de référence sont hors du raster ou uniquement sur des pixels nodata, et ne sont pas utilisées</translation>
    </message>
    <message>
      <location filename="../core/classify/split.py" line="129" />
      <source>class {name}: too few samples with pixels for a validation sample; it is trained but not validated</source>
      <translation>classe {name} : trop peu d'échantillons avec des pixels pour un échantillon de validation ; elle est apprise mais pas validée</translation>
    </message>
    <message>
      <location filename="../core/classify/split.py" line="126" />
      <source>the spatial block size {size:g} (in the raster's CRS units) puts all {count} samples in one block, so none can be set aside for validation and nothing is validated; give a smaller block size (0: automatic)</source>
      <translation>la taille de bloc spatial {size:g} (dans les unités du SCR du raster) met les {count} échantillons dans un seul bloc : aucun ne peut être mis de côté pour la validation, et rien n'est validé ; donnez une taille de bloc plus petite (0 : automatique)</translation>
    </message>
    <message>
      <location filename="../core/classify/stacked.py" line="195" />
      <source>no input raster; choose a latent raster from eolatent:encode or a Sentinel-2 stack</source>
      <translation>aucun raster en entrée ; choisissez un raster latent issu d'eolatent:encode ou une pile Sentinel-2</translation>
    </message>
    <message>
      <location filename="../core/classify/stacked.py" line="80" />
      <source>a stack needs at least two rasters; open a single raster with {cls}</source>
      <translation>une pile nécessite au moins deux rasters ; ouvrez un raster seul avec {cls}</translation>
    </message>
    <message>
      <location filename="../core/classify/stacked.py" line="140" />
      <source>stacked features of {count} rasters on the grid of {file} ({width} × {height} pixels of {res}, the finest input)</source>
      <translation>variables empilées de {count} rasters sur la grille de {file} ({width} × {height} pixels de {res}, l'entrée la plus fine)</translation>
    </message>
    <message>
      <location filename="../core/classify/stacked.py" line="100" />
      <source>{file} is not a north-up raster; warp it to a north-up grid ({tool}) before stacking it</source>
      <translation>{file} n'est pas un raster orienté nord en haut ; reprojetez-le sur une grille orientée nord en haut ({tool}) avant de l'empiler</translation>
    </message>
    <message>
      <location filename="../core/classify/stacked.py" line="105" />
      <source>{file} (CRS {crs}) is not in the CRS of {other} ({other_crs}); stack rasters made from the same stack (e.g. re-run eolatent:encode or eolatent:biophysical on the same stack), or warp it to that CRS</source>
      <translation>{file} (SCR {crs}) n'est pas dans le SCR de {other} ({other_crs}) ; empilez des rasters produits à partir de la même pile (par exemple en relançant eolatent:encode ou eolatent:biophysical sur la même pile), ou reprojetez-le dans ce SCR</translation>
    </message>
    <message>
      <location filename="../core/classify/stacked.py" line="119" />
      <source>the pixel size of {file} ({xres:g} × {yres:g}) is not a whole multiple of that of {other} ({other_xres:g} × {other_yres:g}); stack rasters made from the same stack (e.g. re-run eolatent:encode on the same stack), or resample one onto the other's grid</source>
      <translation>la taille de pixel de {file} ({xres:g} × {yres:g}) n'est pas un multiple entier de celle de {other} ({other_xres:g} × {other_yres:g}) ; empilez des rasters produits à partir de la même pile (par exemple en relançant eolatent:encode sur la même pile), ou rééchantillonnez l'un sur la grille de l'autre</translation>
    </message>
    <message>
      <location filename="../core/classify/stacked.py" line="127" />
      <source>the pixels of {file} are not aligned with those of {other} (corners {x:.2f}, {y:.2f} and {other_x:.2f}, {other_y:.2f}); stack rasters made from the same stack (e.g. re-run eolatent:encode on the same stack)</source>
      <translation>les pixels de {file} ne sont pas alignés sur ceux de {other} (coins {x:.2f}, {y:.2f} et {other_x:.2f}, {other_y:.2f}) ; empilez des rasters produits à partir de la même pile (par exemple en relançant eolatent:encode sur la même pile)</translation>
    </message>
    <message>
      <location filename="../core/classify/stacked.py" line="134" />
      <source>{file} (extent {extent}) and {other} (extent {other_extent}) do not cover the same area; stack rasters of the same area (e.g. re-run eolatent:encode on the same stack)</source>
      <translation>{file} (emprise {extent}) et {other} (emprise {other_extent}) ne couvrent pas la même zone ; empilez des rasters de la même zone (par exemple en relançant eolatent:encode sur la même pile)</translation>
    </message>
    <message>
      <location filename="../core/classify/stacked.py" line="143" />
      <source>; {file} ({res}) repeated {factor} × {factor}</source>
      <translation> ; {file} ({res}) répété {factor} × {factor}</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="378" />
      <source>{file} has one band of whole numbers, each found with one class only: it looks like a class map, not features, and its validation figures mean nothing; give a latent raster (eolatent:encode) or a stack</source>
      <translation>{file} a une seule bande de nombres entiers, chacun trouvé avec une seule classe : il ressemble à une carte de classes, pas à des caractéristiques, et ses chiffres de validation ne veulent rien dire ; donnez un raster latent (eolatent:encode) ou une pile</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="301" />
      <source>training ({classifier}) on {pixels} pixels of {samples} sample(s); validating on {val_pixels} pixels of {val_samples} sample(s)</source>
      <translation>entraînement ({classifier}) sur {pixels} pixels de {samples} échantillon(s) ; validation sur {val_pixels} pixels de {val_samples} échantillon(s)</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="356" />
      <source>validated; then fitted again on every labelled sample ({pixels} pixels of {samples} sample(s)) for the map and the saved classifier</source>
      <translation>validé ; puis ajusté à nouveau sur tous les échantillons étiquetés ({pixels} pixels de {samples} échantillon(s)) pour la carte et le classifieur enregistré</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="113" />
      <source>lda needs more training pixels than classes, and has {pixels} pixel(s) for {count} classes; add labels, lower the validation fraction, or choose another classifier ({names})</source>
      <translation>lda a besoin de plus de pixels d'entraînement que de classes, et en a {pixels} pour {count} classes ; ajoutez des étiquettes, baissez la fraction de validation ou choisissez un autre classifieur ({names})</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="248" />
      <source>classifier output {file}: give a file name ending in {suffix}</source>
      <translation>sortie du classifieur {file} : donnez un nom de fichier se terminant par {suffix}</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="252" />
      <source>cannot write the classifier {file}: {problem}</source>
      <translation>impossible d'écrire le classifieur {file} : {problem}</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="254" />
      <source>validation fraction {value}: give a number from 0 to 0.9</source>
      <translation>fraction de validation {value} : donnez un nombre de 0 à 0,9</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="256" />
      <source>block size {value} of the validation split: give a size in the raster's CRS units, or 0 (automatic)</source>
      <translation>taille de bloc {value} de la séparation de validation : donnez une taille dans les unités du SCR du raster, ou 0 (automatique)</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="267" />
      <source>{count} training feature(s) cover no pixel centre and were not used</source>
      <translation>{count} entité(s) d'entraînement ne couvrent aucun centre de pixel et n'ont pas été utilisées</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="270" />
      <source>{count} labelled pixel(s) are nodata on every band and were not used</source>
      <translation>{count} pixel(s) étiqueté(s) sont nodata sur chaque bande et n'ont pas été utilisés</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="273" />
      <source>{count} labelled pixel(s) lie under overlapping polygons of different classes ({classes}); each took the class of the polygon that comes last in the layer: remove the overlaps if that is not meant</source>
      <translation>{count} pixel(s) étiqueté(s) se trouvent sous des polygones de classes différentes qui se chevauchent ({classes}) ; chacun a pris la classe du polygone qui vient en dernier dans la couche : supprimez les chevauchements si ce n'est pas voulu</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="278" />
      <source>{count} of {total} features hold no value at any labelled pixel ({names}: nodata or NaN there); they do not weigh in the classifier: check that raster, or leave it out</source>
      <translation>{count} des {total} variables n'ont aucune valeur sur les pixels étiquetés ({names} : nodata ou NaN) ; elles ne pèsent pas dans le classifieur : vérifiez ce raster, ou retirez-le</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="299" />
      <source>after the validation split the training side holds one class only; lower the validation fraction or add samples</source>
      <translation>après la séparation pour la validation, le côté entraînement ne contient qu'une seule classe ; réduisez la fraction de validation ou ajoutez des échantillons</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="48" />
      <source>training needs scikit-learn and skl2onnx ({error}); install them (see the plugin's dependency message) or apply an existing classifier</source>
      <translation>l'entraînement nécessite scikit-learn et skl2onnx ({error}) ; installez-les (voir le message de l'extension sur les dépendances) ou appliquez un classifieur existant</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="98" />
      <source>feature blocks {sizes} do not add up to the {count} features</source>
      <translation>les blocs de variables {sizes} ne totalisent pas les {count} variables</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="282" />
      <source>{file} holds no value at any labelled pixel (nodata or NaN there): it adds nothing to the classifier; check it, or leave it out</source>
      <translation>{file} n'a aucune valeur sur les pixels étiquetés (nodata ou NaN là) : il n'apporte rien au classifieur ; vérifiez-le, ou retirez-le</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="312" />
      <source>class {name}: no training pixel on this raster; the classifier cannot predict it</source>
      <translation>classe {name} : aucun pixel d'entraînement sur ce raster ; le classifieur ne peut pas la prédire</translation>
    </message>
    <message>
      <location filename="../core/classify/train.py" line="334" />
      <source>every one of the {count} validation pixels is classified right: check that the input holds features and not the labels themselves (a class map of the same classes)</source>
      <translation>chacun des {count} pixels de validation est bien classé : vérifiez que l'entrée contient des caractéristiques et non les étiquettes elles-mêmes (une carte des mêmes classes)</translation>
    </message>
    <message>
      <location filename="../core/classify/value_range.py" line="88" />
      <source>{count} of {total} features of this input differ in scale from the classifier's training data by more than a factor {factor:g} ({details}{more}): another scale or product? (e.g. reflectance 0–1 vs ×10000); the map is likely wrong: give the raster on the scale the classifier was trained on</source>
      <translation>{count} des {total} variables de cette entrée diffèrent en échelle des données d'entraînement du classifieur de plus d'un facteur {factor:g} ({details}{more}) : une autre échelle ou un autre produit ? (p. ex. réflectance 0–1 contre ×10000) ; la carte est probablement fausse : donnez le raster à l'échelle sur laquelle le classifieur a été entraîné</translation>
    </message>
    <message>
      <location filename="../core/classify/value_range.py" line="85" />
      <source>{name}: training {low:.4g} … {high:.4g}, this input {in_low:.4g} … {in_high:.4g}</source>
      <translation>{name} : entraînement {low:.4g} … {high:.4g}, cette entrée {in_low:.4g} … {in_high:.4g}</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="54" />
      <source>{source}: write the layer as {syntax}</source>
      <translation>{source} : écrivez la couche sous la forme {syntax}</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="198" />
      <source>training geometries transformed from {crs} to the raster's CRS {raster_crs}</source>
      <translation>géométries d'entraînement transformées de {crs} vers le SCR du raster {raster_crs}</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="230" />
      <source>feature {fid} of {layer} is a geometry collection of points and polygons together; split it into a point layer and a polygon layer</source>
      <translation>l'entité {fid} de {layer} est une collection de géométries mêlant points et polygones ; séparez-la en une couche de points et une couche de polygones</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="244" />
      <source>(a GeoJSON file is read as longitude/latitude in degrees unless it names its CRS: a file of projected coordinates, e.g. metres, needs its CRS, e.g. {example})</source>
      <translation>(un fichier GeoJSON est lu en longitude/latitude en degrés, sauf s'il nomme son SCR : un fichier de coordonnées projetées, en mètres par exemple, a besoin de son SCR, par exemple {example})</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="262" />
      <source>the reference layer of {file}</source>
      <translation>la couche de référence de {file}</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="264" />
      <source>the training layer of {file}</source>
      <translation>la couche d'entraînement de {file}</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="97" />
      <source>{file} holds {count} vector files ({files}); name one, e.g. '{example}'</source>
      <translation>{file} contient {count} fichiers vecteur ({files}) ; nommez-en un, par ex. '{example}'</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="106" />
      <source>{file}: no such file</source>
      <translation>{file} : fichier introuvable</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="111" />
      <source>{file} is not a vector file GDAL can read (GeoPackage, Shapefile, GeoJSON, …)</source>
      <translation>{file} n'est pas un fichier vecteur lisible par GDAL (GeoPackage, Shapefile, GeoJSON, …)</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="120" />
      <source>{file} has no layer {layer}; its layers: {layers}</source>
      <translation>{file} n'a pas de couche {layer} ; ses couches : {layers}</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="140" />
      <source>a custom CRS</source>
      <translation>un SCR personnalisé</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="166" />
      <source>the raster has no CRS: the training coordinates ({crs}) are taken as they are, in the raster's coordinates; if they do not match, give the raster its CRS (e.g. {example})</source>
      <translation>le raster n'a pas de SCR : les coordonnées d'entraînement ({crs}) sont prises telles quelles, dans les coordonnées du raster ; si elles ne correspondent pas, donnez son SCR au raster (par exemple {example})</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="171" />
      <source>cannot read the raster's CRS ({wkt}…)</source>
      <translation>impossible de lire le SCR du raster ({wkt}…)</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="177" />
      <source>the training file has no CRS: its coordinates are taken to be in the raster's CRS ({crs})</source>
      <translation>le fichier d'entraînement n'a pas de SCR : ses coordonnées sont supposées être dans le SCR du raster ({crs})</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="192" />
      <source>cannot transform the training geometries from {crs} to the raster's CRS {raster_crs}; reproject the training file</source>
      <translation>impossible de transformer les géométries d'entraînement de {crs} vers le SCR du raster {raster_crs} ; reprojetez le fichier d'entraînement</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="196" />
      <source>reference geometries transformed from {crs} to the raster's CRS {raster_crs}</source>
      <translation>géométries de référence transformées de {crs} vers le SCR du raster {raster_crs}</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="227" />
      <source>{layer} must hold points or polygons (lines are not supported): feature {fid} is a geometry collection holding lines; remove them, or choose another layer</source>
      <translation>{layer} doit contenir des points ou des polygones (les lignes ne sont pas prises en charge) : l'entité {fid} est une collection de géométries contenant des lignes ; supprimez-les, ou choisissez une autre couche</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="267" />
      <source>{layer} must hold points or polygons (lines are not supported); choose another layer</source>
      <translation>{layer} doit contenir des points ou des polygones (les lignes ne sont pas prises en charge) ; choisissez une autre couche</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="291" />
      <source>class field {given} read as {field} (the names differ in case only)</source>
      <translation>champ de classe {given} lu comme {field} (les noms ne diffèrent que par la casse)</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="337" />
      <source>{layer} has no features</source>
      <translation>{layer} n'a aucune entité</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="339" />
      <source>{layer} holds no geometry ({count} feature(s) without one; a CSV with x / y columns is read without geometries): give a file with geometries — a GeoPackage, a Shapefile, a CSV with a WKT column — or convert it, e.g. {example}</source>
      <translation>{layer} ne contient aucune géométrie ({count} entité(s) sans géométrie ; un CSV à colonnes x / y est lu sans géométries) : donnez un fichier avec géométries — un GeoPackage, un Shapefile, un CSV avec une colonne WKT — ou convertissez-le, p. ex. {example}</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="345" />
      <source>the class field {field} of {layer} is empty for every feature; fill it in or choose another field</source>
      <translation>le champ de classe {field} de {layer} est vide pour toutes les entités ; remplissez-le ou choisissez un autre champ</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="116" />
      <source>{file} holds {count} layers ({layers}); name one: '{example}'</source>
      <translation>{file} contient {count} couches ({layers}) ; nommez-en une : '{example}'</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="163" />
      <source>the raster has no CRS: the reference coordinates ({crs}) are taken as they are, in the raster's coordinates; if they do not match, give the raster its CRS (e.g. {example})</source>
      <translation>le raster n'a pas de SCR : les coordonnées de référence ({crs}) sont prises telles quelles, dans les coordonnées du raster ; si elles ne correspondent pas, donnez son SCR au raster (par exemple {example})</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="175" />
      <source>the reference file has no CRS: its coordinates are taken to be in the raster's CRS ({crs})</source>
      <translation>le fichier de référence n'a pas de SCR : ses coordonnées sont supposées être dans le SCR du raster ({crs})</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="189" />
      <source>cannot transform the reference geometries from {crs} to the raster's CRS {raster_crs}; reproject the reference file</source>
      <translation>impossible de transformer les géométries de référence de {crs} vers le SCR du raster {raster_crs} ; reprojetez le fichier de référence</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="279" />
      <source>choose the class field of {layer}; one of: {fields}</source>
      <translation>choisissez le champ de classe de {layer} ; parmi : {fields}</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="284" />
      <source>{layer} has no field {field}; choose one of: {fields}</source>
      <translation>{layer} n'a pas de champ {field} ; choisissez parmi : {fields}</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="287" />
      <source>{layer} has no field {field} but {count} that differ from it in case only ({fields}); give one of them as it is written</source>
      <translation>{layer} n'a pas de champ {field}, mais {count} qui n'en diffèrent que par la casse ({fields}) ; donnez l'un d'eux tel qu'il est écrit</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="321" />
      <source>{layer} must hold points or polygons (lines are not supported): feature {fid} is a line; choose another layer</source>
      <translation>{layer} doit contenir des points ou des polygones (les lignes ne sont pas prises en charge) : l'entité {fid} est une ligne ; choisissez une autre couche</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="277" />
      <source>{layer} has no attribute field to hold the class; add a class field and label the features</source>
      <translation>{layer} n'a aucun champ attributaire pour contenir la classe ; ajoutez un champ de classe et étiquetez les entités</translation>
    </message>
    <message>
      <location filename="../core/classify/vector_file.py" line="329" />
      <source>feature {fid} of {layer} cannot be transformed to the raster's CRS (outside its area of use?); reproject or fix the file</source>
      <translation>l'entité {fid} de {layer} ne peut pas être transformée dans le SCR du raster (hors de son domaine d'utilisation ?) ; reprojetez ou corrigez le fichier</translation>
    </message>
    <message>
      <location filename="../core/decode/dates.py" line="24" />
      <source>the date step must be a whole number of days ≥ 1, not {step}</source>
      <translation>le pas de dates doit être un nombre entier de jours ≥ 1, et non {step}</translation>
    </message>
    <message>
      <location filename="../core/decode/dates.py" line="26" />
      <location filename="../core/encode/common.py" line="54" />
      <source>the end date {end} is before the start date {start}</source>
      <translation>la date de fin {end} est antérieure à la date de début {start}</translation>
    </message>
    <message>
      <location filename="../core/decode/dates.py" line="61" />
      <source>resolution {resolution:g} is not allowed for this latent raster: it must be a multiple of the stack pixel size ({pixel:.4g}) that divides the chunk ({chunk} px); choose one of {allowed}</source>
      <translation>la résolution {resolution:g} n'est pas autorisée pour ce raster latent : elle doit être un multiple de la taille de pixel de la pile ({pixel:.4g}) qui divise le bloc ({chunk} px) ; choisissez parmi {allowed}</translation>
    </message>
    <message>
      <location filename="../core/decode/dates.py" line="72" />
      <source>date {date} is outside the encoded period {start} … {end} of {file}; choose dates inside it or encode a longer period</source>
      <translation>la date {date} est hors de la période encodée {start} … {end} de {file} ; choisissez des dates à l'intérieur ou encodez une période plus longue</translation>
    </message>
    <message>
      <location filename="../core/decode/dates.py" line="45" />
      <location filename="../core/latent/contract.py" line="64" />
      <source>{value} is not a date; write it as {format}</source>
      <translation>{value} n'est pas une date ; écrivez-la sous la forme {format}</translation>
    </message>
    <message>
      <location filename="../core/decode/decoder_choice.py" line="29" />
      <source>a statistical encoder</source>
      <translation>un encodeur statistique</translation>
    </message>
    <message>
      <location filename="../core/decode/decoder_choice.py" line="29" />
      <source>no model '{model}' is installed or in the model manifest; a decoder ONNX file of your own can be given as the decoder</source>
      <translation>aucun modèle '{model}' n'est installé ni dans le manifeste des modèles ; un fichier ONNX de décodeur à vous peut être donné comme décodeur</translation>
    </message>
    <message>
      <location filename="../core/decode/decoder_choice.py" line="38" />
      <source>{kind} latents have no decoder ({why}; {file} was made by encoder {encoder}); decode needs a {presets} latent ({command}) — use {tools} on this latent</source>
      <translation>les latents {kind} n'ont pas de décodeur ({why} ; {file} a été produit par l'encodeur {encoder}) ; le décodage nécessite un latent {presets} ({command}) — utilisez {tools} sur ce latent</translation>
    </message>
    <message>
      <location filename="../core/decode/decoder_choice.py" line="48" />
      <location filename="../core/engine/model_manifest.py" line="365" />
      <source>{first} or {second}</source>
      <translation>{first} ou {second}</translation>
    </message>
    <message>
      <location filename="../core/decode/decoder_choice.py" line="87" />
      <source>decoder {model} {version} decodes latents of encoder {encoder}, but {file} was made by encoder {latent_encoder} {latent_version}; use the decoder of {latent_encoder}</source>
      <translation>le décodeur {model} {version} décode les latents de l'encodeur {encoder}, mais {file} a été produit par l'encodeur {latent_encoder} {latent_version} ; utilisez le décodeur de {latent_encoder}</translation>
    </message>
    <message>
      <location filename="../core/decode/decoder_choice.py" line="94" />
      <source>decoder {model} {version}: {problem}</source>
      <translation>décodeur {model} {version} : {problem}</translation>
    </message>
    <message>
      <location filename="../core/decode/decoder_choice.py" line="97" />
      <source>decoder {model} expects {size} latent features, {file} has {count}</source>
      <translation>le décodeur {model} attend {size} variables latentes, {file} en a {count}</translation>
    </message>
    <message>
      <location filename="../core/decode/decoder_choice.py" line="89" />
      <source>(none declared)</source>
      <translation>(aucun déclaré)</translation>
    </message>
    <message>
      <location filename="../core/decode/raster.py" line="158" />
      <source>decoder {model} {version} for encoder {encoder} {encoder_version}; execution provider: {provider}; {count} date(s) {first} … {last}; resolution {xres:g} × {yres:g} ({n} × {n} pixels per chunk)</source>
      <translation>décodeur {model} {version} pour l'encodeur {encoder} {encoder_version} ; fournisseur d'exécution : {provider} ; {count} date(s) {first} … {last} ; résolution {xres:g} × {yres:g} ({n} × {n} pixels par bloc)</translation>
    </message>
    <message>
      <location filename="../core/decode/raster.py" line="133" />
      <source>no date to decode; give dates or a start/end/step</source>
      <translation>aucune date à décoder ; donnez des dates ou un début/fin/pas</translation>
    </message>
    <message>
      <location filename="../core/decode/raster.py" line="136" />
      <source>date(s) {dates} outside the encoded period {start} … {end} of {file}; choose dates inside it or encode a longer period</source>
      <translation>date(s) {dates} hors de la période encodée {start} … {end} de {file} ; choisissez des dates à l'intérieur ou encodez une période plus longue</translation>
    </message>
    <message>
      <location filename="../core/decode/raster.py" line="148" />
      <source>decoder {model} lacks input(s) {inputs} or outputs {outputs} of {doc}; re-export it</source>
      <translation>il manque au décodeur {model} l'entrée ou les entrées {inputs} ou les sorties {outputs} de {doc} ; exportez-le à nouveau</translation>
    </message>
    <message>
      <location filename="../core/decode/raster.py" line="165" />
      <source>{file} holds no Sentinel-1 (modalities: {modalities}): its decoded soil moisture is the decoder's guess from the optical features, not a radar measurement; for soil moisture encode an S1 stack too, or run eolatent:soilmoisture on it</source>
      <translation>{file} ne contient pas de Sentinel-1 (modalités : {modalities}) : son humidité du sol décodée est une estimation du décodeur à partir des variables optiques, pas une mesure radar ; pour l'humidité du sol, encodez aussi une pile S1, ou lancez eolatent:soilmoisture dessus</translation>
    </message>
    <message>
      <location filename="../core/decode/raster.py" line="171" />
      <source>{file} holds no Sentinel-2 (modalities: {modalities}): its decoded variables ({variables}) are the decoder's guess from the radar features, not an optical retrieval; for them encode an S2 stack too, or run eolatent:biophysical on one</source>
      <translation>{file} ne contient pas de Sentinel-2 (modalités : {modalities}) : ses variables décodées ({variables}) sont une estimation du décodeur à partir des variables radar, pas une restitution optique ; pour elles, encodez aussi une pile S2, ou lancez eolatent:biophysical sur une pile S2</translation>
    </message>
    <message>
      <location filename="../core/decode/raster.py" line="181" />
      <source>no variable to decode: the quality output describes decoded variables; name one too</source>
      <translation>aucune variable à décoder : la sortie de qualité décrit des variables décodées ; nommez-en une aussi</translation>
    </message>
    <message>
      <location filename="../core/decode/raster.py" line="324" />
      <source>1-sigma capped at that of knowing only the valid range, (max − min)/√12: {caps} (the decoder's 1-sigma is not calibrated on real data)</source>
      <translation>1-sigma plafonné à celui de la seule connaissance de l'intervalle valide, (max − min)/√12 : {caps} (le 1-sigma du décodeur n'est pas calibré sur des données réelles)</translation>
    </message>
    <message>
      <location filename="../core/decode/raster.py" line="110" />
      <source>unknown output {key}; decoder {model} gives {variables} (and {std})</source>
      <translation>sortie inconnue {key} ; le décodeur {model} donne {variables} (et {std})</translation>
    </message>
    <message>
      <location filename="../core/decode/raster.py" line="122" />
      <source>the series {first} … {last} lies outside the encoded period {start} … {end} of {file}; choose dates inside it or encode a longer period</source>
      <translation>la série {first} … {last} est hors de la période encodée {start} … {end} de {file} ; choisissez des dates à l'intérieur ou encodez une période plus longue</translation>
    </message>
    <message>
      <location filename="../core/decode/raster.py" line="126" />
      <source>{count} date(s) of the series {first} … {last} lie outside the encoded period {start} … {end} and are left out</source>
      <translation>{count} date(s) de la série {first} … {last} sont hors de la période encodée {start} … {end} et sont ignorées</translation>
    </message>
    <message>
      <location filename="../core/decode/raster.py" line="310" />
      <source>no value at the dates asked in {file}: gap filling is off and each date lies between windows without an observation (cloud, nodata); turn gap filling back on — {parameter}, the default — or ask for dates next to valid windows</source>
      <translation>aucune valeur aux dates demandées dans {file} : le comblement des lacunes est désactivé et chaque date tombe entre des fenêtres sans observation (nuage, nodata) ; réactivez le comblement des lacunes — {parameter}, par défaut — ou demandez des dates proches de fenêtres valides</translation>
    </message>
    <message>
      <location filename="../core/decode/raster.py" line="319" />
      <source>{count} of the {total} date(s) have no value anywhere ({dates}): the windows around them hold no observation (cloud)</source>
      <translation>{count} des {total} date(s) n'ont de valeur nulle part ({dates}) : les fenêtres qui les entourent ne contiennent aucune observation (nuage)</translation>
    </message>
    <message>
      <location filename="../core/decode/raster.py" line="322" />
      <source>; gap filling (the default) decodes them from the nearest windows</source>
      <translation> ; le comblement des lacunes (par défaut) les décode à partir des fenêtres les plus proches</translation>
    </message>
    <message>
      <location filename="../core/decode/raster.py" line="326" />
      <source>{variable} {cap:.3g} on {count} pixel-date(s)</source>
      <translation>{variable} {cap:.3g} sur {count} pixel-date(s)</translation>
    </message>
    <message>
      <location filename="../core/decode/report.py" line="24" />
      <source>this Sentinel-2 + Sentinel-1 latent records no sensors per window (encoded by an earlier version, without quality bands): the optical variables of windows where only the radar saw a chunk cannot be told apart and are the decoder's guess from radar there; encode the stacks again to have them filled from the windows with Sentinel-2</source>
      <translation>ce latent Sentinel-2 + Sentinel-1 n'enregistre pas ses capteurs par fenêtre (encodé par une version antérieure, sans bandes de qualité) : les variables optiques des fenêtres où seul le radar a vu un bloc ne peuvent être distinguées et y sont la supposition du décodeur à partir du radar ; encodez à nouveau les piles pour qu'elles soient comblées depuis les fenêtres ayant Sentinel-2</translation>
    </message>
    <message>
      <location filename="../core/decode/report.py" line="29" />
      <source>{count} pixel-date(s) of {variables} rest on windows where only the radar saw them: filled in time from the nearest windows with a Sentinel-2 observation (quality flag 1, the 1-sigma growing with the distance) instead of decoded from radar alone</source>
      <translation>{count} pixel-date(s) de {variables} reposent sur des fenêtres où seul le radar les a vus : comblés dans le temps depuis les fenêtres les plus proches ayant une observation Sentinel-2 (indicateur de qualité 1, l'incertitude à 1σ croissant avec la distance) au lieu d'être décodés à partir du radar seul</translation>
    </message>
    <message>
      <location filename="../core/decode/report.py" line="49" />
      <source>{count} chunk-date(s) lie more than {days:g} days from the centre of the nearest window they are decoded from (gaps, cloudy windows): decoded at ±{days:g} days, the range the decoder is trained on (the value is held, not extrapolated; the 1-sigma of {variables} grows with the distance)</source>
      <translation>{count} bloc-date(s) sont à plus de {days:g} jours du centre de la fenêtre la plus proche à partir de laquelle ils sont décodés (lacunes, fenêtres nuageuses) : décodés à ±{days:g} jours, l'intervalle sur lequel le décodeur est entraîné (la valeur est maintenue, non extrapolée ; le 1-sigma de {variables} croît avec la distance)</translation>
    </message>
    <message>
      <location filename="../core/decode/report.py" line="55" />
      <source>{count} chunk-date(s) lie more than {days:g} days from the centre of the nearest window they are decoded from (gaps, cloudy windows): decoded at ±{days:g} days, the range the decoder is trained on (the value is held, not extrapolated)</source>
      <translation>{count} bloc-date(s) sont à plus de {days:g} jours du centre de la fenêtre la plus proche à partir de laquelle ils sont décodés (lacunes, fenêtres nuageuses) : décodés à ±{days:g} jours, l'intervalle sur lequel le décodeur est entraîné (la valeur est maintenue, non extrapolée)</translation>
    </message>
    <message>
      <location filename="../core/decode/report.py" line="34" />
      <source>of the decoded chunk-dates, {s2:.1f} % rest mostly on windows without a Sentinel-2 observation there (the optical variables are guessed from radar: quality flag 8) and {s1:.1f} % on windows without a Sentinel-1 one (soil moisture guessed from optical: flag 16)</source>
      <translation>parmi les blocs-dates décodés, {s2:.1f} % reposent surtout sur des fenêtres sans observation Sentinel-2 à cet endroit (les variables optiques y sont supposées à partir du radar : indicateur de qualité 8) et {s1:.1f} % sur des fenêtres sans observation Sentinel-1 (humidité du sol supposée à partir de l'optique : indicateur 16)</translation>
    </message>
    <message>
      <location filename="../core/decode/report.py" line="39" />
      <source>; the chunks of that Sentinel-2 share have no Sentinel-2 observation in any window, so gap filling has no date to fill their optical variables from</source>
      <translation> ; les blocs de cette part Sentinel-2 n'ont d'observation Sentinel-2 dans aucune fenêtre : le comblement n'a donc aucune date d'où combler leurs variables optiques</translation>
    </message>
    <message>
      <location filename="../core/encode/common.py" line="73" />
      <source>no acquisition between {start} and {end} (the stacks' dates run from {first} to {last}); widen the period or check the stacks' dates</source>
      <translation>aucune acquisition entre {start} et {end} (les dates des piles vont du {first} au {last}) ; élargissez la période ou vérifiez les dates des piles</translation>
    </message>
    <message>
      <location filename="../core/encode/common.py" line="65" />
      <source>no acquisition between {start} and {end}; widen the period or check the stacks' dates</source>
      <translation>aucune acquisition entre {start} et {end} ; élargissez la période ou vérifiez les dates des piles</translation>
    </message>
    <message>
      <location filename="../core/encode/common.py" line="68" />
      <source>no acquisition from the start date {start} on: the stacks' dates run from {first} to {last}; give a start date on or before {last}, or leave it out</source>
      <translation>aucune acquisition à partir de la date de début {start} : les dates des piles vont du {first} au {last} ; donnez une date de début au plus tard le {last}, ou omettez-la</translation>
    </message>
    <message>
      <location filename="../core/encode/common.py" line="71" />
      <source>no acquisition up to the end date {end}: the stacks' dates run from {first} to {last}; give an end date on or after {first}, or leave it out</source>
      <translation>aucune acquisition jusqu'à la date de fin {end} : les dates des piles vont du {first} au {last} ; donnez une date de fin au plus tôt le {first}, ou omettez-la</translation>
    </message>
    <message>
      <location filename="../core/encode/common.py" line="38" />
      <source>the Sentinel-2 stack ({grid}) and the Sentinel-1 stack ({other}) are not on the same grid; build both with {algorithm} in one run (same target grid)</source>
      <translation>la pile Sentinel-2 ({grid}) et la pile Sentinel-1 ({other}) ne sont pas sur la même grille ; construisez les deux avec {algorithm} en une seule exécution (même grille cible)</translation>
    </message>
    <message>
      <location filename="../core/encode/common.py" line="91" />
      <source>the Sentinel-2 dates ({s2_first}…{s2_last}) and the Sentinel-1 dates ({s1_first}…{s1_last}) do not overlap (over a month apart): each window's latent comes from one sensor alone; build both stacks over the same period</source>
      <translation>les dates Sentinel-2 ({s2_first}…{s2_last}) et les dates Sentinel-1 ({s1_first}…{s1_last}) ne se recouvrent pas (plus d'un mois d'écart) : le latent de chaque fenêtre vient d'un seul capteur ; construisez les deux piles sur la même période</translation>
    </message>
    <message>
      <location filename="../core/encode/common.py" line="44" />
      <source>{file} has no coordinate reference system: georeference it (e.g. gdal_edit.py -a_srs EPSG:32633 {file}, with its own CRS); a latent is a map, and Presto reads each pixel's latitude and longitude</source>
      <translation>{file} n'a pas de système de coordonnées : géoréférencez-le (p. ex. gdal_edit.py -a_srs EPSG:32633 {file}, avec son propre SCR) ; un latent est une carte, et Presto lit la latitude et la longitude de chaque pixel</translation>
    </message>
    <message>
      <location filename="../core/encode/common.py" line="97" />
      <source>the {sensor} stack has no date in the period {start}…{end}: the latent comes from {other} alone</source>
      <translation>la pile {sensor} n'a aucune date dans la période {start}…{end} : le latent vient de {other} seul</translation>
    </message>
    <message>
      <location filename="../core/encode/common.py" line="102" />
      <source>the period asked for ({start}…{end}) reaches over a month beyond the acquisitions in it ({first}…{last}): nothing is observed there, so the latent says nothing of those months</source>
      <translation>la période demandée ({start}…{end}) dépasse de plus d'un mois les acquisitions qu'elle contient ({first}…{last}) : rien n'y est observé, le latent ne dit donc rien de ces mois</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="189" />
      <source>; or use a model with smaller chunks ({models})</source>
      <translation> ; ou utilisez un modèle à blocs plus petits ({models})</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="199" />
      <source>the stack ({width} × {height} px) fills {percent:.0f} % of the encoder's {count} chunk(s) of {size} × {size} px: it is smaller than one chunk, so its chunks are mostly padding, and a chunk that is mostly padding gets a latent close to the prior; give a stack at least {size} × {size} px</source>
      <translation>la pile ({width} × {height} px) remplit {percent:.0f} % des {count} bloc(s) de {size} × {size} px de l'encodeur : elle est plus petite qu'un bloc, ses blocs sont donc surtout du remplissage, et un bloc surtout rempli reçoit un latent proche de l'a priori ; donnez une pile d'au moins {size} × {size} px</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="262" />
      <source>encoder {model} {version} (chunk {size} px, {days}-day windows, {features} features); execution provider: {provider}; encoded period {start}…{end}: {windows} window(s) with acquisitions, {skipped} empty window(s) skipped; modalities {modalities}</source>
      <translation>encodeur {model} {version} (blocs de {size} px, fenêtres de {days} jours, {features} variables) ; fournisseur d'exécution : {provider} ; période encodée {start}…{end} : {windows} fenêtre(s) avec acquisitions, {skipped} fenêtre(s) vide(s) ignorée(s) ; modalités {modalities}</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="120" />
      <location filename="../core/scaleout/jobs.py" line="144" />
      <source>no input stack: give a Sentinel-2 stack, a Sentinel-1 stack or both</source>
      <translation>aucune pile en entrée : donnez une pile Sentinel-2, une pile Sentinel-1 ou les deux</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="129" />
      <source>a grid factor ({factor}) applies to pixel-series encoders ({encoders}) only; {model} encodes chunks of its own size</source>
      <translation>un facteur de grille ({factor}) ne s'applique qu'aux encodeurs de séries de pixels ({encoders}) ; {model} encode des blocs de sa propre taille</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="136" />
      <source>encoder {model} lacks input(s) {missing} or outputs {outputs} of {document}; re-export it</source>
      <translation>il manque à l'encodeur {model} l'entrée ou les entrées {missing} ou les sorties {outputs} de {document} ; réexportez-le</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="162" />
      <source>the stack's pixels are {x:.3g} × {y:.3g} m; {model} learnt from {trained:g} m pixels, so a chunk of {size} × {size} px covers {here:.0f} m here against {then:.0f} m in training and its latent is not comparable: resample the stacks to {trained:g} m ({command}), or use {option} (one latent per pixel, any pixel size)</source>
      <translation>les pixels de la pile mesurent {x:.3g} × {y:.3g} m ; {model} a appris sur des pixels de {trained:g} m, donc un bloc de {size} × {size} px couvre ici {here:.0f} m contre {then:.0f} m à l'entraînement et son latent n'est pas comparable : rééchantillonnez les piles à {trained:g} m ({command}), ou utilisez {option} (un latent par pixel, toute taille de pixel)</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="170" />
      <source>the stack lies in the southern hemisphere (centre latitude {lat:.1f}°): {model} learnt the seasons from its day-of-year inputs on a northern tile (Slovenia, 46° N), so here they are half a year off and its latent is not comparable; use {option} (trained worldwide, it reads each pixel's latitude)</source>
      <translation>la pile se trouve dans l'hémisphère sud (latitude du centre {lat:.1f}°) : {model} a appris les saisons à partir de ses entrées de jour de l'année sur une tuile du nord (Slovénie, 46° N), elles sont donc ici décalées d'une demi-année et son latent n'est pas comparable ; utilisez {option} (entraîné sur le monde entier, il lit la latitude de chaque pixel)</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="193" />
      <source>the stack ({width} × {height} px) fills {percent:.0f} % of the encoder's {count} chunk(s) of {size} × {size} px: its width or height is not a multiple of {size} px, so the chunks along its edges are mostly padding, and a chunk that is mostly padding gets a latent close to the prior; crop the stacks to {crop_width} × {crop_height} px, a multiple of {size} (e.g. {command})</source>
      <translation>la pile ({width} × {height} px) remplit {percent:.0f} % des {count} bloc(s) de {size} × {size} px de l'encodeur : sa largeur ou sa hauteur n'est pas un multiple de {size} px, les blocs de ses bords sont donc surtout du remplissage, et un bloc surtout rempli reçoit un latent proche de l'a priori ; découpez les piles à {crop_width} × {crop_height} px, un multiple de {size} (par exemple {command})</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="218" />
      <source>{count} Sentinel-1 date(s) in the encoded windows ({polarisations})</source>
      <translation>{count} date(s) Sentinel-1 dans les fenêtres encodées ({polarisations})</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="232" />
      <source>{file} lacks band(s) {missing} (it has {bands}); the encoder needs {needed}</source>
      <translation>il manque à {file} la ou les bandes {missing} (il a {bands}) ; l'encodeur a besoin de {needed}</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="211" />
      <source>Sentinel-2 bands read: {bands}</source>
      <translation>bandes Sentinel-2 lues : {bands}</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="215" />
      <source>{count} Sentinel-2 date(s) in the encoded windows</source>
      <translation>{count} date(s) Sentinel-2 dans les fenêtres encodées</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="236" />
      <source>; a stack without {band} (as many 9-band composites are) is encoded by the Presto presets, which mask missing bands: {option} or {other} ({parameter} in Processing)</source>
      <translation> ; une pile sans {band} (comme le sont beaucoup de composites à 9 bandes) est encodée par les préréglages Presto, qui masquent les bandes manquantes : {option} ou {other} ({parameter} dans Traitement)</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="243" />
      <source>{file} lacks polarisation(s) {missing} (it has {polarisations}); the encoder needs {first} and {second}</source>
      <translation>il manque à {file} la ou les polarisations {missing} (il a {polarisations}) ; l'encodeur a besoin de {first} et {second}</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="247" />
      <source>; a single-polarisation stack is encoded by the {model} preset, which masks what is missing: {option} ({parameter} in Processing)</source>
      <translation> ; une pile à une seule polarisation est encodée par le préréglage {model}, qui masque ce qui manque : {option} ({parameter} dans Processing)</translation>
    </message>
    <message>
      <location filename="../core/encode/raster.py" line="212" />
      <source>not read by this model: {unused}</source>
      <translation>non lues par ce modèle : {unused}</translation>
    </message>
    <message>
      <location filename="../core/encode/presto/embed.py" line="96" />
      <source>no input: give Sentinel-2 and/or Sentinel-1 series</source>
      <translation>aucune entrée : donnez des séries Sentinel-2 et/ou Sentinel-1</translation>
    </message>
    <message>
      <location filename="../core/encode/presto/embed.py" line="39" />
      <source>{model} is not a pixel-series encoder (its card's tiling kind is not '{kind}'); choose the {preset} or {other} preset</source>
      <translation>{model} n'est pas un encodeur de séries de pixels (le type de tuilage de sa fiche n'est pas '{kind}') ; choisissez le préréglage {preset} ou {other}</translation>
    </message>
    <message>
      <location filename="../core/encode/presto/embed.py" line="46" />
      <source>{model} lacks input(s) {missing} or the output '{output}'; re-export it with {script}</source>
      <translation>il manque à {model} l'entrée ou les entrées {missing} ou la sortie '{output}' ; réexportez-le avec {script}</translation>
    </message>
    <message>
      <location filename="../core/encode/presto/embed.py" line="67" />
      <source>{count} monthly steps given; Presto takes 1 to {max} consecutive months — shorten the period ({parameters})</source>
      <translation>{count} pas mensuels donnés ; Presto accepte de 1 à {max} mois consécutifs — raccourcissez la période ({parameters})</translation>
    </message>
    <message>
      <location filename="../core/encode/presto/embed.py" line="75" />
      <location filename="../core/engine/tiling.py" line="259" />
      <location filename="../core/engine/tiling.py" line="302" />
      <source>cancelled by the user; no output was written</source>
      <translation>annulé par l'utilisateur ; aucune sortie n'a été écrite</translation>
    </message>
    <message>
      <location filename="../core/encode/presto/encode_raster.py" line="271" />
      <source>location given to the encoder (from the raster's georeferencing): latitude {lat0:.4f} … {lat1:.4f}, longitude {lon0:.4f} … {lon1:.4f}; Presto reads the place as an input, so pixels from far-apart places laid side by side in one raster get the wrong one</source>
      <translation>position donnée à l'encodeur (d'après le géoréférencement du raster) : latitude {lat0:.4f} … {lat1:.4f}, longitude {lon0:.4f} … {lon1:.4f} ; Presto lit le lieu comme une entrée, donc des pixels de lieux éloignés juxtaposés dans un même raster reçoivent un lieu erroné</translation>
    </message>
    <message>
      <location filename="../core/encode/presto/encode_raster.py" line="148" />
      <source>approximates the features of {space}</source>
      <translation>approche les caractéristiques de {space}</translation>
    </message>
    <message>
      <location filename="../core/encode/presto/encode_raster.py" line="149" />
      <source>encoder {model} {version} ({kind}, monthly tokens, {months}-month windows, {features} features, grid {factor} x {factor} px); execution provider: {provider}; period {start}…{end}: {windows} window(s); modalities {modalities}; masked (not in the input): {masked}, {others}</source>
      <translation>encodeur {model} {version} ({kind}, jetons mensuels, fenêtres de {months} mois, {features} caractéristiques, grille de {factor} x {factor} px) ; fournisseur d'exécution : {provider} ; période {start}…{end} : {windows} fenêtre(s) ; modalités {modalities} ; masquées (absentes de l'entrée) : {masked}, {others}</translation>
    </message>
    <message>
      <location filename="../core/encode/presto/encode_raster.py" line="103" />
      <source>{model} learnt Presto's features from whole inputs (every Sentinel-2 band, B8A aside, and both VV and VH, or a modality left out altogether); without {missing} its features would be far from Presto's (median cosine 0.47 measured with the 10 m bands only or VV only): encode with {option} instead (Presto masks any missing band), or leave out the incomplete modality</source>
      <translation>{model} a appris les variables de Presto à partir d'entrées complètes (toutes les bandes Sentinel-2, B8A mise à part, et VV et VH, ou une modalité entièrement absente) ; sans {missing}, ses variables seraient loin de celles de Presto (cosinus médian 0,47 mesuré avec les seules bandes à 10 m ou VV seul) : encodez plutôt avec {option} (Presto masque toute bande manquante), ou retirez la modalité incomplète</translation>
    </message>
    <message>
      <location filename="../core/encode/presto/encode_raster.py" line="127" />
      <source>grid factor {factor}: give 1 (every pixel) or a coarser factor such as 2, 4 or 10</source>
      <translation>facteur de grille {factor} : donnez 1 (chaque pixel) ou un facteur plus grossier comme 2, 4 ou 10</translation>
    </message>
    <message>
      <location filename="../core/encode/presto/encode_raster.py" line="132" />
      <source>{file} has none of the bands Presto reads ({bands})</source>
      <translation>{file} n'a aucune des bandes que lit Presto ({bands})</translation>
    </message>
    <message>
      <location filename="../core/encode/presto/encode_raster.py" line="135" />
      <source>{file} has neither {first} nor {second}</source>
      <translation>{file} n'a ni {first} ni {second}</translation>
    </message>
    <message>
      <location filename="../core/encode/presto/encode_raster.py" line="239" />
      <source>masked: {bands}</source>
      <translation>masquées : {bands}</translation>
    </message>
    <message>
      <location filename="../core/encode/presto/encode_raster.py" line="258" />
      <source>{modality} months masked (no valid observation) in every pixel: {empty}; observed in fewer than half the pixels: {thin} — the quality band counts each pixel's observed months</source>
      <translation>mois {modality} masqués (aucune observation valide) dans tous les pixels : {empty} ; observés dans moins de la moitié des pixels : {thin} — la bande de qualité compte les mois observés de chaque pixel</translation>
    </message>
    <message>
      <location filename="../core/engine/diagnostics.py" line="71" />
      <source>no model installed to open a session with</source>
      <translation>aucun modèle installé avec lequel ouvrir une session</translation>
    </message>
    <message>
      <location filename="../core/engine/disk_space.py" line="34" />
      <source>{size:.3g} MB</source>
      <translation>{size:.3g} Mo</translation>
    </message>
    <message>
      <location filename="../core/engine/disk_space.py" line="33" />
      <source>{size:.3g} GB</source>
      <translation>{size:.3g} Go</translation>
    </message>
    <message>
      <location filename="../core/engine/input_checks.py" line="50" />
      <source>no valid pixel in {path}: every value is nodata/NaN (or masked as cloud); check the input's nodata value and extent/dates</source>
      <translation>aucun pixel valide dans {path} : toutes les valeurs sont nodata/NaN (ou masquées comme nuage) ; vérifiez la valeur nodata de l'entrée et son emprise/ses dates</translation>
    </message>
    <message>
      <location filename="../core/engine/input_checks.py" line="103" />
      <source>{valid} of {total} window(s) with at least one valid pixel</source>
      <translation>{valid} fenêtre(s) sur {total} avec au moins un pixel valide</translation>
    </message>
    <message>
      <location filename="../core/engine/input_checks.py" line="111" />
      <location filename="../core/inputs/sentinel1/detect.py" line="119" />
      <location filename="../core/inputs/sentinel1/source.py" line="172" />
      <source>cannot read {path} (GDAL: {error}); the file is truncated or corrupt - download or export it again</source>
      <translation>impossible de lire {path} (GDAL : {error}) ; le fichier est tronqué ou corrompu - téléchargez-le ou exportez-le à nouveau</translation>
    </message>
    <message>
      <location filename="../core/engine/input_checks.py" line="35" />
      <source>{first} and {second}</source>
      <translation>{first} et {second}</translation>
    </message>
    <message>
      <location filename="../core/engine/input_checks.py" line="106" />
      <source>; no valid pixel (nodata, NaN or cloud) in {windows}: NaN there</source>
      <translation> ; aucun pixel valide (nodata, NaN ou nuage) dans {windows} : NaN à cet endroit</translation>
    </message>
    <message>
      <location filename="../core/engine/install_lock.py" line="59" />
      <source>another install of {file} is running (it holds {part}); wait for it to end, then run this one again if it failed</source>
      <translation>une autre installation de {file} est en cours (elle détient {part}) ; attendez qu'elle se termine, puis relancez celle-ci si elle a échoué</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="103" />
      <source>cannot write {file} in {folder}: {error}; nothing was installed</source>
      <translation>impossible d'écrire {file} dans {folder} : {error} ; rien n'a été installé</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="97" />
      <source>not enough disk space in {folder} for {file} ({size:.1f} MB): free some space, or {hint}; nothing was installed</source>
      <translation>espace disque insuffisant dans {folder} pour {file} ({size:.1f} Mo) : libérez de l'espace, ou {hint} ; rien n'a été installé</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="101" />
      <source>cannot write to the model folder {folder} ({reason}): {hint}; nothing was installed</source>
      <translation>impossible d'écrire dans le dossier de modèles {folder} ({reason}) : {hint} ; rien n'a été installé</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="182" />
      <source>{file}: the partial download kept from an earlier attempt ({kept} bytes) did not continue into the expected file (sha256 expected {expected}, got {actual}); it was deleted: run the same install again to download the file from the start</source>
      <translation>{file} : le téléchargement partiel conservé d'une tentative précédente ({kept} octets) ne se prolongeait pas dans le fichier attendu (sha256 attendu {expected}, obtenu {actual}) ; il a été supprimé : relancez la même installation pour télécharger le fichier depuis le début</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="193" />
      <source>{file} from {source} is not the expected file: sha256 expected {expected}, got {actual}; the downloaded data was deleted and nothing was installed (the source holds a corrupted or different version of the file)</source>
      <translation>{file} provenant de {source} n'est pas le fichier attendu : sha256 attendu {expected}, obtenu {actual} ; les données téléchargées ont été supprimées et rien n'a été installé (la source contient une version corrompue ou différente du fichier)</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="277" />
      <source>cannot download {file} from {url}: only http(s) URLs are downloaded; give a local folder or file with {option} for offline installs</source>
      <translation>impossible de télécharger {file} depuis {url} : seules les URL http(s) sont téléchargées ; donnez un dossier ou un fichier local avec {option} pour une installation hors ligne</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="336" />
      <source>the connection closed after {done} of {size} bytes</source>
      <translation>la connexion s'est fermée après {done} octets sur {size}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="354" />
      <source>{path}: no such file; give the folder that holds {file}, or its URL</source>
      <translation>{path} : fichier introuvable ; donnez le dossier qui contient {file}, ou son URL</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="164" />
      <source>{path} is not {file}, the file of this model ({got} bytes where the manifest gives {size}): choose the file named {file}, or the folder that holds it; nothing was installed</source>
      <translation>{path} n'est pas {file}, le fichier de ce modèle ({got} octets là où le manifeste en donne {size}) : choisissez le fichier nommé {file}, ou le dossier qui le contient ; rien n'a été installé</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="170" />
      <source>{path} is incomplete: it holds {got} of the {size} bytes the manifest gives for {file} ({share:.0f} %: an interrupted copy or download?); nothing was installed: copy the whole file there again</source>
      <translation>{path} est incomplet : il contient {got} des {size} octets que le manifeste donne pour {file} ({share:.0f} % : une copie ou un téléchargement interrompu ?) ; rien n'a été installé : copiez-y de nouveau le fichier entier</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="189" />
      <source>{file} from {source} is not the expected file: sha256 expected {expected}, got {actual}; the copy was deleted and nothing was installed (the folder holds a corrupted or different version of the file)</source>
      <translation>{file} de {source} n'est pas le fichier attendu : sha256 attendu {expected}, obtenu {actual} ; la copie a été supprimée et rien n'a été installé (le dossier contient une version corrompue ou différente du fichier)</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="223" />
      <source>the download of {file} was cancelled after {done} of {size} bytes; the partial file {part} is kept: install again to resume it</source>
      <translation>le téléchargement de {file} a été annulé après {done} octets sur {size} ; le fichier partiel {part} est conservé : installez à nouveau pour le reprendre</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="235" />
      <source>{file} is not the expected file: the source has more than the {size} bytes the manifest gives; what was read of it was deleted and nothing was installed</source>
      <translation>{file} n'est pas le fichier attendu : la source a plus que les {size} octets que donne le manifeste ; ce qui en a été lu a été supprimé et rien n'a été installé</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="292" />
      <source>cannot download {file} from {url}: HTTP {code} {reason}; install it offline with {option}, or give another source</source>
      <translation>impossible de télécharger {file} depuis {url} : HTTP {code} {reason} ; installez-le hors ligne avec {option}, ou donnez une autre source</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="310" />
      <source>cannot resume the download of {file} from {url}: the server answered with a web page (text/html), not the rest of the file (a login or proxy page?); the partial file {part} is kept: run the same install again once the network is open, or install offline with {option}</source>
      <translation>impossible de reprendre le téléchargement de {file} depuis {url} : le serveur a répondu par une page web (text/html), pas par la suite du fichier (une page de connexion ou de proxy ?) ; le fichier partiel {part} est gardé : relancez la même installation une fois le réseau ouvert, ou installez hors ligne avec {option}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="317" />
      <source>cannot download {file} from {url}: the server answered with a web page (text/html), not the model file (a login page, an error page or a wrong address?); nothing was kept or installed: check the address, or install offline with {option}</source>
      <translation>impossible de télécharger {file} depuis {url} : le serveur a répondu par une page web (text/html), pas par le fichier du modèle (une page de connexion, une page d'erreur ou une mauvaise adresse ?) ; rien n'a été gardé ni installé : vérifiez l'adresse, ou installez hors ligne avec {option}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="324" />
      <source>{file} at {url} is not the expected file: the server holds {total} bytes where the manifest gives {size} (a truncated or different version of the file); nothing was downloaded or installed: give another source, or install offline with {option}</source>
      <translation>{file} à l'adresse {url} n'est pas le fichier attendu : le serveur contient {total} octets là où le manifeste en indique {size} (une version tronquée ou différente du fichier) ; rien n'a été téléchargé ni installé : donnez une autre source, ou installez hors ligne avec {option}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="363" />
      <source>cannot read {path}: {error}; nothing was installed</source>
      <translation>impossible de lire {path} : {error} ; rien n'a été installé</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="222" />
      <source>the install of {file} was cancelled; nothing was installed</source>
      <translation>l'installation de {file} a été annulée ; rien n'a été installé</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="287" />
      <source>the server refused to resume, starting again</source>
      <translation>le serveur a refusé la reprise, nouveau départ</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="289" />
      <source>cannot download {file} from {url}: HTTP {code} {reason} (not published there); install it offline with {option}, or give another source</source>
      <translation>impossible de télécharger {file} depuis {url} : HTTP {code} {reason} (non publié à cet endroit) ; installez-le hors ligne avec {option}, ou donnez une autre source</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="297" />
      <source>cannot download {file}: the host {host} cannot be found ({error}): no network here, a proxy needed, or a mistyped address; install it offline with {option}, a folder holding the model files</source>
      <translation>impossible de télécharger {file} : l'hôte {host} est introuvable ({error}) : pas de réseau ici, un proxy nécessaire, ou une adresse mal saisie ; installez-le hors ligne avec {option}, un dossier contenant les fichiers du modèle</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="99" />
      <source>a folder on another disk</source>
      <translation>un dossier sur un autre disque</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="147" />
      <source>the download of {file} from {source} was interrupted after {done} of {size} bytes ({error}); the partial file {part} is kept: run the same install again to resume it</source>
      <translation>le téléchargement de {file} depuis {source} a été interrompu après {done} octets sur {size} ({error}) ; le fichier partiel {part} est conservé : relancez la même installation pour le reprendre</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="152" />
      <source>{file}: the connection dropped ({error}); trying again ({attempt} of {retries})</source>
      <translation>{file} : la connexion a été interrompue ({error}) ; nouvel essai ({attempt} sur {retries})</translation>
    </message>
    <message>
      <location filename="../core/engine/model_download.py" line="143" />
      <source>cannot download {file} from {source}: {error}; check the network connection, or install offline with {option}</source>
      <translation>impossible de télécharger {file} depuis {source} : {error} ; vérifiez la connexion réseau, ou installez hors ligne avec {option}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="118" />
      <source>permission denied</source>
      <translation>permission refusée</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="76" />
      <source>{file} is missing from {folder}</source>
      <translation>{file} est absent de {folder}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="79" />
      <source>{file} in {folder} does not match the manifest (sha256 expected {expected}, got {actual})</source>
      <translation>{file} dans {folder} ne correspond pas au manifeste (sha256 attendu {expected}, obtenu {actual})</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="110" />
      <source>the model folder {folder} is a file, not a folder: {hint}</source>
      <translation>le dossier de modèles {folder} est un fichier, pas un dossier : {hint}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="124" />
      <source>cannot write to the model folder {folder} ({reason}): {hint}</source>
      <translation>impossible d'écrire dans le dossier de modèles {folder} ({reason}) : {hint}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="135" />
      <source>{source}: {scheme}:// is not supported; give an http(s) URL, a file:// URL or a local folder</source>
      <translation>{source} : {scheme}:// n'est pas pris en charge ; donnez une URL http(s), une URL file:// ou un dossier local</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="197" />
      <source>{folder} lacks {files}, which {model} needs (the model file and its sidecars); give a folder that holds them all, or a URL</source>
      <translation>il manque dans {folder} {files}, dont {model} a besoin (le fichier du modèle et ses fichiers associés) ; donnez un dossier qui les contient tous, ou une URL</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="268" />
      <source>{folder} is the plugin's own model folder; its models cannot be removed</source>
      <translation>{folder} est le dossier de modèles propre à l'extension ; ses modèles ne peuvent pas être supprimés</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="276" />
      <source>{model} is not installed in {folder}</source>
      <translation>{model} n'est pas installé dans {folder}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="115" />
      <source>cannot create the model folder {folder} ({reason}): {hint}</source>
      <translation>impossible de créer le dossier de modèles {folder} ({reason}) : {hint}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="121" />
      <source>read-only file system</source>
      <translation>système de fichiers en lecture seule</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="152" />
      <source>{path}: no such file or folder; give a folder holding {file}, the file, or a URL</source>
      <translation>{path} : fichier ou dossier introuvable ; donnez un dossier contenant {file}, le fichier, ou une URL</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="232" />
      <source>interrupted; {model} was not installed (a copy from a folder starts again from the beginning)</source>
      <translation>interrompu ; {model} n'a pas été installé (une copie depuis un dossier repart du début)</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="274" />
      <source>{model} ships with the plugin (in {folder}); it cannot be removed</source>
      <translation>{model} est livré avec l'extension (dans {folder}) ; il ne peut pas être supprimé</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="285" />
      <source>cannot remove {path}: {reason}</source>
      <translation>impossible de supprimer {path} : {reason}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manager.py" line="282" />
      <source>cannot remove {path}: {reason}; the folder {folder} belongs to another user or is read-only: remove it as its owner (or with the rights to write there)</source>
      <translation>impossible de supprimer {path} : {reason} ; le dossier {folder} appartient à un autre utilisateur ou est en lecture seule : supprimez-le en tant que propriétaire (ou avec les droits d'écriture)</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="323" />
      <source>install it in QGIS with the Models dialog ({dialog}), or in a terminal with `{command}` (downloads it; offline add `{option}`, a folder holding the model files)</source>
      <translation>installez-le dans QGIS avec la boîte de dialogue Modèles ({dialog}), ou dans un terminal avec `{command}` (le télécharge ; hors ligne, ajoutez `{option}`, un dossier contenant les fichiers du modèle)</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="336" />
      <source>choose {what}: {command_line}the environment variable {variable} for every run</source>
      <translation>choisissez {what} : {command_line}la variable d'environnement {variable} pour toutes les exécutions</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="343" />
      <source>`{option}` on the command line for this install, or </source>
      <translation>`{option}` en ligne de commande pour cette installation, ou </translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="356" />
      <source>reinstall the plugin (or, in a clone of the repository, restore the committed file: `git checkout models/`)</source>
      <translation>réinstallez l'extension (ou, dans un clone du dépôt, restaurez le fichier versionné : `git checkout models/`)</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="197" />
      <source>the model manifest {path} is damaged ({error}), so no model can be checked; reinstall the plugin (in a clone of the repository: {command})</source>
      <translation>le manifeste des modèles {path} est endommagé ({error}), aucun modèle ne peut donc être vérifié ; réinstallez l'extension (dans un clone du dépôt : {command})</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="309" />
      <source>{file} in {folder} does not match the manifest (sha256 expected {expected}, got {actual}): it is corrupted, incomplete or from another version, so it is not loaded</source>
      <translation>{file} dans {folder} ne correspond pas au manifeste (sha256 attendu {expected}, obtenu {actual}) : il est corrompu, incomplet ou d'une autre version, il n'est donc pas chargé</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="311" />
      <source>{problem}; reinstall it with `{command}` or the Models dialog ({dialog})</source>
      <translation>{problem} ; réinstallez-le avec `{command}` ou la boîte de dialogue Modèles ({dialog})</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="314" />
      <source>{file} in {folder} does not match the manifest (sha256 expected {expected}, got {actual}): it is corrupted or from another version, so it is not loaded</source>
      <translation>{file} dans {folder} ne correspond pas au manifeste (sha256 attendu {expected}, obtenu {actual}) : il est corrompu ou d'une autre version, il n'est donc pas chargé</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="316" />
      <source>{problem}; reinstall the plugin, or install a verified copy in the user model folder with `{command}` (downloads it; offline add {option}), which is then used instead</source>
      <translation>{problem} ; réinstallez l'extension, ou installez une copie vérifiée dans le dossier de modèles de l'utilisateur avec `{command}` (le télécharge ; hors ligne, ajoutez {option}), qui est alors utilisée à la place</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="332" />
      <source>a writable folder</source>
      <translation>un dossier accessible en écriture</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="334" />
      <source>choose {what}: {command_line}the environment variable {variable} for every run (set now to {value})</source>
      <translation>choisissez {what} : {command_line}la variable d'environnement {variable} pour toutes les exécutions (actuellement {value})</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="354" />
      <source>reinstall it with `{command}` (or the Models dialog, {dialog}; offline add `{option}`)</source>
      <translation>réinstallez-le avec `{command}` (ou la boîte de dialogue Modèles, {dialog} ; hors ligne, ajoutez `{option}`)</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="391" />
      <source>no valid model with id '{model}' in {folders}</source>
      <translation>aucun modèle valide d'identifiant '{model}' dans {folders}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="392" />
      <source>`{command}` lists the installable models; {hint}</source>
      <translation>`{command}` liste les modèles installables ; {hint}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="397" />
      <source>{problem}. To use it, {fix}</source>
      <translation>{problem}. Pour l'utiliser, {fix}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="104" />
      <source>none (the manifest is empty)</source>
      <translation>aucun (le manifeste est vide)</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="112" />
      <source>no model '{model}' in the manifest; known models: {known}</source>
      <translation>aucun modèle '{model}' dans le manifeste ; modèles connus : {known}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="300" />
      <source>{file} in the user model folder {folder} is not a model of this plugin version's manifest, so it is not loaded; remove it, or open it by path from another folder</source>
      <translation>{file} dans le dossier de modèles de l'utilisateur {folder} n'est pas un modèle du manifeste de cette version de l'extension, il n'est donc pas chargé ; supprimez-le, ou ouvrez-le par son chemin depuis un autre dossier</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="372" />
      <source>{size:.2f} MB</source>
      <translation>{size:.2f} Mo</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="373" />
      <source>{size:.0f} kB</source>
      <translation>{size:.0f} ko</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="375" />
      <source>model '{model}' ({file}) ships with the plugin, but no valid copy was found (looked in {folders})</source>
      <translation>le modèle '{model}' ({file}) est livré avec l'extension, mais aucune copie valide n'a été trouvée (recherché dans {folders})</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="378" />
      <source>reinstall the plugin (in a clone of the repository: `git checkout models/`), or install a good copy with `{command}`</source>
      <translation>réinstallez l'extension (dans un clone du dépôt : `git checkout models/`), ou installez une copie saine avec `{command}`</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="395" />
      <source>{problem}; refused: {reasons}. To use it, {fix}</source>
      <translation>{problem} ; refusé : {reasons}. Pour l'utiliser, {fix}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="110" />
      <source>no model '{model}' in the manifest; did you mean {suggestion}? Known models: {known}</source>
      <translation>aucun modèle '{model}' dans le manifeste ; vouliez-vous dire {suggestion} ? Modèles connus : {known}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="218" />
      <source>{path}: manifest format {found} is not {expected}; reinstall the plugin</source>
      <translation>{path} : le format de manifeste {found} n'est pas {expected} ; réinstallez l'extension</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="243" />
      <source>{file} and {other} are both {model} {version}; give one of them a new version</source>
      <translation>{file} et {other} sont tous deux {model} {version} ; donnez une nouvelle version à l'un d'eux</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="258" />
      <location filename="../core/engine/registry.py" line="91" />
      <location filename="../core/engine/registry.py" line="92" />
      <source>{file}: {error}</source>
      <translation>{file} : {error}</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="381" />
      <source>model '{model}' ({file}) is installed, but no valid copy was found (looked in {folders})</source>
      <translation>le modèle « {model} » ({file}) est installé, mais aucune copie valide n'a été trouvée (recherché dans {folders})</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="384" />
      <source>install it again: the Models dialog ({dialog}), or `{command}` (offline add `{option}`)</source>
      <translation>installez-le de nouveau : la boîte de dialogue Modèles ({dialog}), ou `{command}` (hors ligne, ajoutez `{option}`)</translation>
    </message>
    <message>
      <location filename="../core/engine/model_manifest.py" line="387" />
      <source>model '{model}' ({file}, {size}, licence {license}) is not installed (looked in {folders})</source>
      <translation>le modèle '{model}' ({file}, {size}, licence {license}) n'est pas installé (recherché dans {folders})</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="136" />
      <source>model card lacks {missing}; every card needs {keys}</source>
      <translation>il manque {missing} à la fiche du modèle ; chaque fiche doit avoir {keys}</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="140" />
      <source>model card has unknown keys {extra}; allowed: {keys}</source>
      <translation>la fiche du modèle a des clés inconnues {extra} ; autorisées : {keys}</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="159" />
      <source>model card field '{field}' must be a mapping</source>
      <translation>le champ '{field}' de la fiche du modèle doit être un dictionnaire</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="212" />
      <source>weights checksum mismatch for model {model} {version}: card says {expected}…, file has {actual}…; the file was modified or corrupted</source>
      <translation>la somme de contrôle des poids ne correspond pas pour le modèle {model} {version} : la fiche indique {expected}…, le fichier a {actual}… ; le fichier a été modifié ou corrompu</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="56" />
      <source>truncated ONNX file (varint runs past the end)</source>
      <translation>fichier ONNX tronqué (un varint dépasse la fin)</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="64" />
      <source>corrupt ONNX file (varint too long)</source>
      <translation>fichier ONNX corrompu (varint trop long)</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="89" />
      <source>truncated or corrupt ONNX file: copy or download it again</source>
      <translation>fichier ONNX tronqué ou corrompu : copiez-le ou téléchargez-le à nouveau</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="144" />
      <source>model card field '{field}' must be a non-empty string</source>
      <translation>le champ '{field}' de la fiche du modèle doit être une chaîne non vide</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="148" />
      <source>model card field '{field}' must be a non-empty list</source>
      <translation>le champ '{field}' de la fiche du modèle doit être une liste non vide</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="157" />
      <source>output {name}: valid_range must be [low, high]</source>
      <translation>sortie {name} : valid_range doit être [bas, haut]</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="173" />
      <source>the ONNX file carries no EO Latent card field '{field}'; re-export it with models/training (make models)</source>
      <translation>le fichier ONNX ne porte pas le champ '{field}' de fiche EO Latent ; réexportez-le avec models/training (make models)</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="200" />
      <source>its card says input '{name}' takes {what}, but the network's input has the shape {shape}: the card does not describe this network (edited, or exported with another card)</source>
      <translation>sa fiche indique que l'entrée '{name}' prend {what}, mais l'entrée du réseau a la forme {shape} : la fiche ne décrit pas ce réseau (modifiée, ou exportée avec une autre fiche)</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="215" />
      <source>{problem} — reinstall the plugin (in a clone of the repository: `git checkout models/`)</source>
      <translation>{problem} — réinstallez l'extension (dans un clone du dépôt : `git checkout models/`)</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="108" />
      <source>not an ONNX model: the file does not start as one (another kind of file, e.g. a GeoPackage or a text file?); give the .onnx file</source>
      <translation>ce n'est pas un modèle ONNX : le fichier ne commence pas comme tel (un autre type de fichier, par exemple un GeoPackage ou un fichier texte ?) ; donnez le fichier .onnx</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="152" />
      <source>model card {field} entry {name} lacks {missing}</source>
      <translation>il manque {missing} à l'entrée {name} de {field} de la fiche du modèle</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="178" />
      <source>model card field '{field}' is not valid JSON: {error}</source>
      <translation>le champ '{field}' de la fiche du modèle n'est pas du JSON valide : {error}</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="198" />
      <source>{count} bands ({bands})</source>
      <translation>{count} bandes ({bands})</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="199" />
      <source>{count} channels</source>
      <translation>{count} canaux</translation>
    </message>
    <message>
      <location filename="../core/engine/modelcard.py" line="86" />
      <source>corrupt ONNX file (unsupported wire type {wire} at byte {offset})</source>
      <translation>fichier ONNX corrompu (type de codage {wire} non pris en charge à l'octet {offset})</translation>
    </message>
    <message>
      <location filename="../core/engine/pixelwise.py" line="36" />
      <source>model {model} expects {input} {got}, this code feeds {fed}</source>
      <translation>le modèle {model} attend {input} {got}, ce code fournit {fed}</translation>
    </message>
    <message>
      <location filename="../core/engine/registry.py" line="75" />
      <source>model file not found: {path}; run `make models` or reinstall the plugin</source>
      <translation>fichier de modèle introuvable : {path} ; lancez `make models` ou réinstallez l'extension</translation>
    </message>
    <message>
      <location filename="../core/engine/registry.py" line="94" />
      <source>{file} carries model id {model}, the manifest says {expected}</source>
      <translation>{file} porte l'identifiant de modèle {model}, le manifeste indique {expected}</translation>
    </message>
    <message>
      <location filename="../core/engine/registry.py" line="147" />
      <source>an encoder</source>
      <translation>un encodeur</translation>
    </message>
    <message>
      <location filename="../core/engine/registry.py" line="147" />
      <source>a decoder</source>
      <translation>un décodeur</translation>
    </message>
    <message>
      <location filename="../core/engine/registry.py" line="147" />
      <source>a classifier</source>
      <translation>un classificateur</translation>
    </message>
    <message>
      <location filename="../core/engine/registry.py" line="148" />
      <source>a super-resolution model</source>
      <translation>un modèle de super-résolution</translation>
    </message>
    <message>
      <location filename="../core/engine/registry.py" line="148" />
      <source>a biophysical retrieval model</source>
      <translation>un modèle d'estimation biophysique</translation>
    </message>
    <message>
      <location filename="../core/engine/registry.py" line="149" />
      <source>a soil-moisture model</source>
      <translation>un modèle d'humidité du sol</translation>
    </message>
    <message>
      <location filename="../core/engine/registry.py" line="149" />
      <source>a text-query model</source>
      <translation>un modèle de requête textuelle</translation>
    </message>
    <message>
      <location filename="../core/engine/registry.py" line="151" />
      <source>model {model} {version} is {given} (task '{task}'), not {wanted}; choose {wanted}</source>
      <translation>le modèle {model} {version} est {given} (tâche '{task}'), pas {wanted} ; choisissez {wanted}</translation>
    </message>
    <message>
      <location filename="../core/engine/registry.py" line="96" />
      <source>{problem}; reinstall it with `{command}`</source>
      <translation>{problem} ; réinstallez-le avec `{command}`</translation>
    </message>
    <message>
      <location filename="../core/engine/registry.py" line="150" />
      <source>a model of task '{task}'</source>
      <translation>un modèle de la tâche '{task}'</translation>
    </message>
    <message>
      <location filename="../core/engine/runtime.py" line="60" />
      <source>{how}, or `make install` from the plugin source, which does the same for the installed plugin; for an NVIDIA GPU put onnxruntime-gpu there instead</source>
      <translation>{how}, ou `make install` depuis les sources de l'extension, qui fait de même pour l'extension installée ; pour un GPU NVIDIA, mettez-y plutôt onnxruntime-gpu</translation>
    </message>
    <message>
      <location filename="../core/engine/runtime.py" line="55" />
      <source>run `{command}` (fills the plugin's private package folder, no administrator rights needed; offline add {offline}, a folder of wheel files)</source>
      <translation>lancez `{command}` (remplit le dossier de paquets privé de l'extension, sans droits d'administrateur ; hors ligne, ajoutez {offline}, un dossier de fichiers wheel)</translation>
    </message>
    <message>
      <location filename="../core/engine/runtime.py" line="58" />
      <source>install onnxruntime into {folder}</source>
      <translation>installez onnxruntime dans {folder}</translation>
    </message>
    <message>
      <location filename="../core/engine/runtime.py" line="83" />
      <source>unknown execution provider '{provider}'; choose one of {choices}</source>
      <translation>fournisseur d'exécution inconnu '{provider}' ; choisissez parmi {choices}</translation>
    </message>
    <message>
      <location filename="../core/engine/runtime.py" line="89" />
      <source>execution provider '{provider}' was requested but this onnxruntime offers only {available}; install onnxruntime-gpu with a matching CUDA/cuDNN, or choose 'cpu'/'auto'</source>
      <translation>le fournisseur d'exécution '{provider}' a été demandé mais cet onnxruntime n'offre que {available} ; installez onnxruntime-gpu avec un CUDA/cuDNN correspondant, ou choisissez 'cpu'/'auto'</translation>
    </message>
    <message>
      <location filename="../core/engine/runtime.py" line="135" />
      <source>thread count {threads}: give at least 1 (or none: as many as the CPU has, up to 8)</source>
      <translation>nombre de threads {threads} : donnez-en au moins 1 (ou aucun : autant que le processeur en a, jusqu'à 8)</translation>
    </message>
    <message>
      <location filename="../core/engine/runtime.py" line="186" />
      <source>{file}: {problem}; use the model file as it was exported, or re-export it (make models)</source>
      <translation>{file} : {problem} ; utilisez le fichier de modèle tel qu'il a été exporté, ou réexportez-le (make models)</translation>
    </message>
    <message>
      <location filename="../core/engine/runtime.py" line="68" />
      <source>onnxruntime is not installed in the Python that runs EO Latent ({error}): {hint}</source>
      <translation>onnxruntime n'est pas installé dans le Python qui exécute EO Latent ({error}) : {hint}</translation>
    </message>
    <message>
      <location filename="../core/engine/runtime.py" line="163" />
      <source>execution provider '{provider}' was requested for {file} but onnxruntime created the session on '{used}'; check the CUDA/cuDNN installation or choose 'cpu'</source>
      <translation>le fournisseur d'exécution '{provider}' a été demandé pour {file} mais onnxruntime a créé la session sur '{used}' ; vérifiez l'installation de CUDA/cuDNN ou choisissez 'cpu'</translation>
    </message>
    <message>
      <location filename="../core/engine/runtime.py" line="155" />
      <source>ONNX Runtime {version} cannot load {file}: {error}; the file is corrupt, not an EO Latent model, or needs a newer onnxruntime — reinstall the plugin's models or choose another model file</source>
      <translation>ONNX Runtime {version} ne peut pas charger {file} : {error} ; le fichier est corrompu, n'est pas un modèle EO Latent, ou demande un onnxruntime plus récent — réinstallez les modèles de l'extension ou choisissez un autre fichier de modèle</translation>
    </message>
    <message>
      <location filename="../core/engine/tiling.py" line="58" />
      <source>warning: {message}</source>
      <translation>avertissement : {message}</translation>
    </message>
    <message>
      <location filename="../core/engine/tiling.py" line="91" />
      <source>tile size {size} and overlap {overlap}: the tile size must be ≥ 1 and the overlap ≥ 0</source>
      <translation>taille de tuile {size} et recouvrement {overlap} : la taille de tuile doit être ≥ 1 et le recouvrement ≥ 0</translation>
    </message>
    <message>
      <location filename="../core/engine/tiling.py" line="239" />
      <source>empty raster: width and height must be at least 1 pixel</source>
      <translation>raster vide : la largeur et la hauteur doivent être d'au moins 1 pixel</translation>
    </message>
    <message>
      <location filename="../core/engine/tiling.py" line="242" />
      <source>overlap ({overlap}) must exceed the receptive-field margin ({margin})</source>
      <translation>le recouvrement ({overlap}) doit dépasser la marge du champ récepteur ({margin})</translation>
    </message>
    <message>
      <location filename="../core/engine/tiling.py" line="347" />
      <source>internal error: tiled run ended before the last row was written</source>
      <translation>erreur interne : l'exécution par tuiles s'est terminée avant l'écriture de la dernière ligne</translation>
    </message>
    <message>
      <location filename="../core/engine/tiling.py" line="314" />
      <source>output {name}: compute returned shape {shape}, expected {expected}</source>
      <translation>sortie {name} : le calcul a renvoyé la forme {shape}, attendue {expected}</translation>
    </message>
    <message>
      <location filename="../core/inputs/datasets.py" line="32" />
      <source>cannot open {path} as a raster (GDAL: {error}); the file is missing, truncated or corrupt - download or export it again</source>
      <translation>impossible d'ouvrir {path} comme raster (GDAL : {error}) ; le fichier est absent, tronqué ou corrompu - téléchargez-le ou exportez-le à nouveau</translation>
    </message>
    <message>
      <location filename="../core/inputs/dated_rasters.py" line="128" />
      <source>{width}×{height} px of {xres:g}×{yres:g} at ({x}, {y}) in {crs}</source>
      <translation>{width}×{height} px de {xres:g}×{yres:g} à ({x} ; {y}) en {crs}</translation>
    </message>
    <message>
      <location filename="../core/inputs/dated_rasters.py" line="27" />
      <source>unknown output(s) {unknown}; choose from {allowed}</source>
      <translation>sortie(s) inconnue(s) {unknown} ; choisissez parmi {allowed}</translation>
    </message>
    <message>
      <location filename="../core/inputs/dated_rasters.py" line="30" />
      <source>no output requested; give at least one of {allowed}</source>
      <translation>aucune sortie demandée ; donnez-en au moins une parmi {allowed}</translation>
    </message>
    <message>
      <location filename="../core/inputs/dated_rasters.py" line="33" />
      <source>two outputs point to the same file; give each output its own path</source>
      <translation>deux sorties désignent le même fichier ; donnez à chaque sortie son propre chemin</translation>
    </message>
    <message>
      <location filename="../core/inputs/pixel_series.py" line="125" />
      <source>the point {x:.2f}, {y:.2f} is outside {file}</source>
      <translation>le point {x:.2f}, {y:.2f} est hors de {file}</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_kind.py" line="54" />
      <source>a text-query probability map ({algorithm})</source>
      <translation>une carte de probabilité de requête textuelle ({algorithm})</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_kind.py" line="56" />
      <source>a class map ({algorithm})</source>
      <translation>une carte de classes ({algorithm})</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_kind.py" line="58" />
      <source>a cluster map ({algorithm})</source>
      <translation>une carte de groupes ({algorithm})</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_kind.py" line="60" />
      <source>a similarity map ({algorithm})</source>
      <translation>une carte de similarité ({algorithm})</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_kind.py" line="62" />
      <source>a super-resolved land-surface temperature ({algorithm})</source>
      <translation>une température de surface super-résolue ({algorithm})</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_kind.py" line="43" />
      <source>a Sentinel-1 stack ({algorithm})</source>
      <translation>une pile Sentinel-1 ({algorithm})</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_kind.py" line="45" />
      <source>a Sentinel-2 stack ({algorithm})</source>
      <translation>une pile Sentinel-2 ({algorithm})</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_kind.py" line="51" />
      <source>a raster of {variable} ({algorithm})</source>
      <translation>un raster de {variable} ({algorithm})</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_kind.py" line="52" />
      <source>a raster of {variable} (an EO Latent output)</source>
      <translation>un raster de {variable} (une sortie d'EO Latent)</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_level.py" line="72" />
      <source>from the product metadata</source>
      <translation>d'après les métadonnées du produit</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_level.py" line="73" />
      <source>from the raster's level tag</source>
      <translation>d'après l'étiquette de niveau du raster</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_level.py" line="75" />
      <source>band {band} present, which only Level-1C products carry</source>
      <translation>bande {band} présente, que seuls les produits de niveau 1C contiennent</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_level.py" line="76" />
      <source>from the file name</source>
      <translation>d'après le nom du fichier</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_level.py" line="78" />
      <source>assumed: the input says nothing about its level (set {parameter} to force it)</source>
      <translation>supposé : l'entrée n'indique pas son niveau (réglez {parameter} pour l'imposer)</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_level.py" line="84" />
      <source>{reason}, in {file}</source>
      <translation>{reason}, dans {file}</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_level.py" line="87" />
      <source>from the stack's band tag LEVEL={level}</source>
      <translation>d'après l'étiquette de bande LEVEL={level} de la pile</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_level.py" line="89" />
      <source>from {source}</source>
      <translation>d'après {source}</translation>
    </message>
    <message>
      <location filename="../core/inputs/product_level.py" line="88" />
      <source>; at build: {reason}</source>
      <translation> ; à la construction : {reason}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/detect.py" line="254" />
      <location filename="../core/inputs/sentinel2/geotiff.py" line="236" />
      <source>band descriptions: {names}</source>
      <translation>descriptions de bandes : {names}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/detect.py" line="204" />
      <source>band {band} of {path} has data type {dtype}; backscatter must be real numbers (Float32) - export it again as Float32</source>
      <translation>la bande {band} de {path} est de type {dtype} ; la rétrodiffusion doit être en nombres réels (Float32) - exportez-la à nouveau en Float32</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/detect.py" line="226" />
      <source>band {band} ({pol}) of {path} is declared in dB but none of its values is negative (median {median:.3g}), as in linear power (dB backscatter is about −25 … −5); fix the UNITS tag or the file name (_lin for linear power)</source>
      <translation>la bande {band} ({pol}) de {path} est déclarée en dB mais aucune de ses valeurs n'est négative (médiane {median:.3g}), comme en puissance linéaire (la rétrodiffusion en dB est d'environ −25 … −5) ; corrigez la métadonnée UNITS ou le nom du fichier (_lin pour la puissance linéaire)</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/detect.py" line="233" />
      <source>cannot tell whether band {band} ({pol}) of {path} is in dB or linear power (median {median:.3g}); set the tag UNITS=dB or UNITS=linear (gdal_edit.py -mo UNITS=dB {file}) or end the file name with _db / _lin</source>
      <translation>impossible de savoir si la bande {band} ({pol}) de {path} est en dB ou en puissance linéaire (médiane {median:.3g}) ; définissez l'étiquette UNITS=dB ou UNITS=linear (gdal_edit.py -mo UNITS=dB {file}) ou terminez le nom du fichier par _db / _lin</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/detect.py" line="241" />
      <source>band {band} ({pol}) of {path} is declared linear power but its median is {median:.3g} ({db:+.0f} dB), far above any scene's (about −25 … −5 dB): the values are scaled (× 10 000?) or another quantity; set the band's scale (gdal_edit.py -scale) or fix the UNITS tag or the file name</source>
      <translation>la bande {band} ({pol}) de {path} est déclarée en puissance linéaire, mais sa médiane est de {median:.3g} ({db:+.0f} dB), bien au-dessus de celle de toute scène (environ −25 … −5 dB) : les valeurs sont mises à l'échelle (× 10 000 ?) ou sont une autre grandeur ; indiquez l'échelle de la bande (gdal_edit.py -scale) ou corrigez l'étiquette UNITS ou le nom du fichier</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/detect.py" line="247" />
      <source>band {band} ({pol}) of {path} is declared linear power but most of its values are negative (median {median:.3g}), as in dB; fix the UNITS tag or the file name</source>
      <translation>la bande {band} ({pol}) de {path} est déclarée en puissance linéaire mais la plupart de ses valeurs sont négatives (médiane {median:.3g}), comme en dB ; corrigez l'étiquette UNITS ou le nom du fichier</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/detect.py" line="219" />
      <source>band {band} ({pol}) of {path} is declared in dB but its median is {median:.4g}, outside any scene's (about −25 … −5 dB): the values are scaled (dB × 100?) or another quantity; set the band's scale (gdal_edit.py -scale) or fix the UNITS tag or the file name</source>
      <translation>la bande {band} ({pol}) de {path} est déclarée en dB, mais sa médiane est de {median:.4g}, hors de celle de toute scène (environ −25 … −5 dB) : les valeurs sont mises à l'échelle (dB × 100 ?) ou sont une autre grandeur ; indiquez l'échelle de la bande (gdal_edit.py -scale) ou corrigez l'étiquette UNITS ou le nom du fichier</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/opener.py" line="19" />
      <source>Sentinel-1 backscatter GeoTIFFs (S1Tiling s1a_&lt;tile&gt;_vv_DES_022_&lt;stamp&gt;.tif, pyroSAR S1A__IW___A_&lt;stamp&gt;_VV_..._db.tif, or any per-date GeoTIFF with the polarisation and the date in its name or tags), a multi-date stack written by write_s1_stack, a folder of these, or a list of them</source>
      <translation>des GeoTIFF de rétrodiffusion Sentinel-1 (S1Tiling s1a_&lt;tile&gt;_vv_DES_022_&lt;stamp&gt;.tif, pyroSAR S1A__IW___A_&lt;stamp&gt;_VV_..._db.tif, ou tout GeoTIFF par date portant la polarisation et la date dans son nom ou ses étiquettes), une pile multidate écrite par write_s1_stack, un dossier de ces fichiers, ou une liste de ceux-ci</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/opener.py" line="74" />
      <source>{file} is {what}, not Sentinel-1 backscatter; give a Sentinel-1 stack ({algorithm}) or Sentinel-1 backscatter GeoTIFFs</source>
      <translation>{file} est {what}, pas une rétrodiffusion Sentinel-1 ; donnez une pile Sentinel-1 ({algorithm}) ou des GeoTIFF de rétrodiffusion Sentinel-1</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/opener.py" line="36" />
      <source>{file} is in {crs} but {first} is in {first_crs}; open one CRS at a time, reproject the files (gdalwarp -t_srs), or build a stack on one grid with build_stacks / the eolatent:buildstack algorithm</source>
      <translation>{file} est en {crs} mais {first} est en {first_crs} ; ouvrez un seul SCR à la fois, reprojetez les fichiers (gdalwarp -t_srs), ou construisez une pile sur une même grille avec build_stacks / l'algorithme eolatent:buildstack</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/opener.py" line="90" />
      <source>open_s1 got an empty list; pass {accepted}</source>
      <translation>open_s1 a reçu une liste vide ; donnez {accepted}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/opener.py" line="96" />
      <source>no Sentinel-1 backscatter raster found in {where} ({why}); pass {accepted}</source>
      <translation>aucun raster de rétrodiffusion Sentinel-1 trouvé dans {where} ({why}) ; donnez {accepted}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/opener.py" line="100" />
      <source>{file} has no usable georeferencing; georeference it first</source>
      <translation>{file} n'a pas de géoréférencement utilisable ; géoréférencez-le d'abord</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/opener.py" line="97" />
      <source>no .tif file</source>
      <translation>aucun fichier .tif</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/scan.py" line="111" />
      <source>no acquisition date for {path}: no ACQUISITION_DATETIME or DATE tag and no date (YYYYMMDDtHHMMSS, YYYY-MM-DD or YYYYMMDD) in the file name; add the tag (gdal_edit.py -mo ACQUISITION_DATETIME=2020-01-08T05:23:08Z {file}) or put the date in the name</source>
      <translation>aucune date d'acquisition pour {path} : ni étiquette ACQUISITION_DATETIME ou DATE, ni date (YYYYMMDDtHHMMSS, YYYY-MM-DD ou YYYYMMDD) dans le nom du fichier ; ajoutez l'étiquette (gdal_edit.py -mo ACQUISITION_DATETIME=2020-01-08T05:23:08Z {file}) ou mettez la date dans le nom</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/scan.py" line="91" />
      <source>polarisation {pol} of the acquisition {date} appears twice ({file} band {band} and {other} band {other_band}); keep one file per polarisation and date</source>
      <translation>la polarisation {pol} de l'acquisition {date} apparaît deux fois ({file} bande {band} et {other} bande {other_band}) ; gardez un seul fichier par polarisation et par date</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/scan.py" line="97" />
      <source>the acquisition {date} mixes {quantity} ({file}) and {other} ({other_file}); give every polarisation the same calibration</source>
      <translation>l'acquisition {date} mélange {quantity} ({file}) et {other} ({other_file}) ; donnez le même étalonnage à toutes les polarisations</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/scan.py" line="206" />
      <source>{path} does not exist; pass Sentinel-1 backscatter GeoTIFFs (VV/VH, sigma0 or gamma0, dB or linear) or a folder of them</source>
      <translation>{path} n'existe pas ; donnez des GeoTIFF de rétrodiffusion Sentinel-1 (VV/VH, sigma0 ou gamma0, dB ou linéaire) ou un dossier de ceux-ci</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/scan.py" line="195" />
      <source>incidence or mask file that matches no acquisition</source>
      <translation>fichier d'incidence ou de masque qui ne correspond à aucune acquisition</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/scan.py" line="125" />
      <source>band {band} of the stack {path} has no date; describe each band as '&lt;POL&gt; &lt;YYYY-MM-DD&gt;' or set its DATE tag (write stacks with write_s1_stack)</source>
      <translation>la bande {band} de la pile {path} n'a pas de date ; décrivez chaque bande sous la forme '&lt;POL&gt; &lt;YYYY-MM-DD&gt;' ou définissez son étiquette DATE (écrivez les piles avec write_s1_stack)</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/scan.py" line="236" />
      <source>{path} is not a Sentinel-1 backscatter raster: no polarisation (VV, VH, HH, HV) in its name, band descriptions or POLARISATION tag ({inventory}); name the file like S1_VV_2020-01-08.tif or set the tag (gdal_edit.py -mo POLARISATION=VV {file})</source>
      <translation>{path} n'est pas un raster de rétrodiffusion Sentinel-1 : aucune polarisation (VV, VH, HH, HV) dans son nom, ses descriptions de bandes ou son étiquette POLARISATION ({inventory}) ; nommez le fichier comme S1_VV_2020-01-08.tif ou définissez l'étiquette (gdal_edit.py -mo POLARISATION=VV {file})</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/scan.py" line="242" />
      <source>no polarisation VV/VH/HH/HV in the name, band descriptions or tags</source>
      <translation>aucune polarisation VV/VH/HH/HV dans le nom, les descriptions de bandes ou les étiquettes</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/scan.py" line="240" />
      <source>no band</source>
      <translation>aucune bande</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/source.py" line="98" />
      <source>no polarisation is available in every date of {path} ({per_date}); open dates with the same polarisations together</source>
      <translation>aucune polarisation n'est disponible à toutes les dates de {path} ({per_date}) ; ouvrez ensemble des dates ayant les mêmes polarisations</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/source.py" line="164" />
      <source>{path} is in {crs} but the grid is in {grid_crs}; reproject it (gdalwarp -t_srs) or build a stack with the eolatent:buildstack algorithm</source>
      <translation>{path} est en {crs} mais la grille est en {grid_crs} ; reprojetez-le (gdalwarp -t_srs) ou construisez une pile avec l'algorithme eolatent:buildstack</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/source.py" line="151" />
      <location filename="../core/inputs/sentinel1/stack.py" line="48" />
      <source>{value} is not a polarisation; use {pols}</source>
      <translation>{value} n'est pas une polarisation ; utilisez {pols}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/source.py" line="154" />
      <source>polarisation {pol} is missing on {date} ({files} has {have}); ask for {have}</source>
      <translation>la polarisation {pol} manque le {date} ({files} contient {have}) ; demandez {have}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/stack.py" line="40" />
      <source>units {value}: use 'dB' or 'linear'</source>
      <translation>unités {value} : utilisez 'dB' ou 'linear'</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/stack.py" line="42" />
      <source>quantity {value}: use one of {choices}</source>
      <translation>grandeur {value} : utilisez l'une de {choices}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/stack.py" line="52" />
      <source>polarisations {pols}: give each of VV, VH, HH, HV at most once, and at least one</source>
      <translation>polarisations {pols} : donnez chacune de VV, VH, HH, HV au plus une fois, et au moins une</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/stack.py" line="60" />
      <source>nothing to write: no date; pass at least one</source>
      <translation>rien à écrire : aucune date ; donnez-en au moins une</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/stack.py" line="107" />
      <source>data has shape {shape} but (dates, polarisations, height, width) = {expected} is expected; reshape it or fix grid/dates/pols</source>
      <translation>les données ont la forme {shape} mais (dates, polarisations, hauteur, largeur) = {expected} est attendu ; redimensionnez-les ou corrigez grid/dates/pols</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/stack.py" line="57" />
      <source>bad date ({error}); pass datetimes or ISO strings like 2020-01-08T05:23:08Z</source>
      <translation>date invalide ({error}) ; donnez des datetimes ou des chaînes ISO comme 2020-01-08T05:23:08Z</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel1/stack.py" line="112" />
      <source>incidence has shape {shape} but (dates, height, width) = {expected} is expected</source>
      <translation>l'incidence a la forme {shape} mais (dates, hauteur, largeur) = {expected} est attendu</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/cloud_scores.py" line="149" />
      <source>the s2cloudless model is not installed: it ships with the plugin; reinstall the plugin, or install it from a folder: {dialog} in QGIS, or `{command} {model} --from FOLDER`</source>
      <translation>le modèle s2cloudless n'est pas installé : il est livré avec l'extension ; réinstallez l'extension, ou installez-le depuis un dossier : {dialog} dans QGIS, ou `{command} {model} --from FOLDER`</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/cloud_scores.py" line="144" />
      <source>the s2cloudless model file {file} is damaged (it does not match the manifest), so it is not used: reinstall the plugin, or `{command} {model} --from FOLDER`</source>
      <translation>le fichier du modèle s2cloudless {file} est endommagé (il ne correspond pas au manifeste), il n'est donc pas utilisé : réinstallez l'extension, ou `{command} {model} --from FOLDER`</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/cloud_scores.py" line="148" />
      <source>the s2cloudless model is not installed</source>
      <translation>le modèle s2cloudless n'est pas installé</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/cloud_scores.py" line="54" />
      <source>{path} expects bands {bands}, not {expected}; re-export it with models/training/cloud/export_s2cloudless.py</source>
      <translation>{path} attend les bandes {bands}, pas {expected} ; exportez-le à nouveau avec models/training/cloud/export_s2cloudless.py</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/common.py" line="230" />
      <source>the metadata file {path} declares a DTD or entities, which Sentinel-2 metadata never does; it is refused for safety - download the product again</source>
      <translation>le fichier de métadonnées {path} déclare une DTD ou des entités, ce que ne font jamais les métadonnées Sentinel-2 ; il est refusé par sécurité - téléchargez à nouveau le produit</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/common.py" line="234" />
      <source>cannot parse the metadata file {path} ({error}); the product is incomplete or corrupt - download or unzip it again</source>
      <translation>impossible d'analyser le fichier de métadonnées {path} ({error}) ; le produit est incomplet ou corrompu - téléchargez-le ou décompressez-le à nouveau</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/common.py" line="127" />
      <source>not an ISO date: {value}</source>
      <translation>date ISO invalide : {value}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/geotiff.py" line="223" />
      <source>mask {mask} is in {crs} but the image {image} is in {image_crs}; reproject the mask onto the image grid</source>
      <translation>le masque {mask} est en {crs} mais l'image {image} est en {image_crs} ; reprojetez le masque sur la grille de l'image</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/geotiff.py" line="228" />
      <source>mask {mask} (bounds {bounds}) does not overlap the image {image} (bounds {image_bounds}); give the mask of this image, on its grid</source>
      <translation>le masque {mask} (emprise {bounds}) ne recouvre pas l'image {image} (emprise {image_bounds}) ; donnez le masque de cette image, sur sa grille</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/geotiff.py" line="288" />
      <source>no Sentinel-2 band names in {path} ({inventory}): is it a Sentinel-2 image? Build a stack from the downloaded products with eolatent:buildstack (the stack dock), pass a SAFE/Theia product folder, or name the bands B01..B12/B8A in the band descriptions (gdal_edit or rasterio's set_band_description) or in the dataset tag BAND_NAMES=B02,B03,...</source>
      <translation>aucun nom de bande Sentinel-2 dans {path} ({inventory}) : est-ce une image Sentinel-2 ? Construisez une pile à partir des produits téléchargés avec eolatent:buildstack (le panneau des piles), donnez un dossier de produit SAFE/Theia, ou nommez les bandes B01..B12/B8A dans les descriptions de bandes (gdal_edit ou set_band_description de rasterio) ou dans l'étiquette de jeu de données BAND_NAMES=B02,B03,...</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/geotiff.py" line="306" />
      <source>no acquisition date for {path}: no ACQUISITION_DATE or DATE tag and no YYYY-MM-DD / YYYYMMDD date in the file name; add the tag (gdal_edit.py -mo ACQUISITION_DATE=2020-07-01 {file}) or put the date in the file name (e.g. S2_2020-07-01.tif)</source>
      <translation>aucune date d'acquisition pour {path} : ni étiquette ACQUISITION_DATE ou DATE, ni date YYYY-MM-DD / YYYYMMDD dans le nom du fichier ; ajoutez l'étiquette (gdal_edit.py -mo ACQUISITION_DATE=2020-07-01 {file}) ou mettez la date dans le nom du fichier (p. ex. S2_2020-07-01.tif)</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/geotiff.py" line="329" />
      <source>name the bands in the GeoTIFF band descriptions or pass a SAFE/Theia product folder</source>
      <translation>nommez les bandes dans les descriptions de bandes du GeoTIFF ou donnez un dossier de produit SAFE/Theia</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/geotiff.py" line="161" />
      <source>band {band} of {path} has data type {dtype}; Sentinel-2 bands must be integer digital numbers (UInt16/Int16) or floating-point reflectance (Float32) - export them again with one of these types</source>
      <translation>la bande {band} de {path} est de type {dtype} ; les bandes Sentinel-2 doivent être des comptes numériques entiers (UInt16/Int16) ou une réflectance en virgule flottante (Float32) - exportez-les à nouveau dans l'un de ces types</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/geotiff.py" line="285" />
      <source>{file} is {what}, not Sentinel-2 reflectance; give a Sentinel-2 stack ({algorithm}), a single-date Sentinel-2 GeoTIFF or a SAFE/Theia product folder</source>
      <translation>{file} est {what}, pas une réflectance Sentinel-2 ; donnez une pile Sentinel-2 ({algorithm}), un GeoTIFF Sentinel-2 d'une seule date ou un dossier de produit SAFE/Theia</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/geotiff.py" line="344" />
      <source>band {band} of the stack {path} (description {description}) has no date; describe each band as '&lt;BAND&gt; &lt;YYYY-MM-DD&gt;' or set its DATE tag (write stacks with write_s2_stack)</source>
      <translation>la bande {band} de la pile {path} (description {description}) n'a pas de date ; décrivez chaque bande sous la forme '&lt;BAND&gt; &lt;YYYY-MM-DD&gt;' ou définissez son étiquette DATE (écrivez les piles avec write_s2_stack)</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/geotiff.py" line="210" />
      <source>mask file {path} has band description {description}, so its meaning is unknown; set it to VALID (1 = valid, 0 = invalid) or CLOUD (nonzero = cloud), or rename the file</source>
      <translation>le fichier de masque {path} a la description de bande {description}, sa signification est donc inconnue ; mettez-la à VALID (1 = valide, 0 = invalide) ou CLOUD (non nul = nuage), ou renommez le fichier</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/geotiff.py" line="316" />
      <source>band {band} appears twice in {path} (bands {first} and {second}; {inventory}); give each band a distinct description</source>
      <translation>la bande {band} apparaît deux fois dans {path} (bandes {first} et {second} ; {inventory}) ; donnez à chaque bande une description distincte</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/geotiff.py" line="379" />
      <source>the stack has {bands} for this date; write all bands for every date</source>
      <translation>la pile a {bands} pour cette date ; écrivez toutes les bandes pour chaque date</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/geotiff.py" line="356" />
      <source>band {band} of date {date} appears twice in the stack {path}; give each (band, date) pair one band</source>
      <translation>la bande {band} de la date {date} apparaît deux fois dans la pile {path} ; donnez une seule bande à chaque couple (bande, date)</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/opener.py" line="19" />
      <source>a per-date multiband GeoTIFF with bands described B02, B03, ..., a multi-date stack GeoTIFF ({algorithm}), an ESA SAFE L1C or L2A folder (*.SAFE or its MTD_MSIL1C.xml / MTD_MSIL2A.xml) or a Theia/MAJA L2A folder (*_MTD_ALL.xml and *_FRE_B*.tif)</source>
      <translation>un GeoTIFF multibande par date avec des bandes décrites B02, B03, ..., une pile GeoTIFF multidate ({algorithm}), un dossier ESA SAFE L1C ou L2A (*.SAFE ou son MTD_MSIL1C.xml / MTD_MSIL2A.xml) ou un dossier Theia/MAJA L2A (*_MTD_ALL.xml et *_FRE_B*.tif)</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/opener.py" line="32" />
      <source>{path} does not exist; pass {accepted}</source>
      <translation>{path} n'existe pas ; donnez {accepted}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/opener.py" line="69" />
      <source>{path} is a zip archive; unzip it and pass the product folder (*.SAFE or the Theia folder)</source>
      <translation>{path} est une archive zip ; décompressez-la et donnez le dossier du produit (*.SAFE ou le dossier Theia)</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/opener.py" line="72" />
      <source>{path} is a single file of a product; pass the product folder (*.SAFE or the Theia folder) instead</source>
      <translation>{path} est un seul fichier d'un produit ; donnez plutôt le dossier du produit (*.SAFE ou le dossier Theia)</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/opener.py" line="42" />
      <source>the folder {path} is empty; pass {accepted}</source>
      <translation>le dossier {path} est vide ; donnez {accepted}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/opener.py" line="45" />
      <source>{path} is not a product but contains {count} product folder(s) ({names}); pass one of them, or stack them into a time series with {algorithm} ({command})</source>
      <translation>{path} n'est pas un produit mais contient {count} dossier(s) de produit ({names}) ; passez l'un d'eux, ou empilez-les en une série temporelle avec {algorithm} ({command})</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/opener.py" line="53" />
      <source>a .SAFE folder without its MTD file is an incomplete download or unzip: get the complete product again</source>
      <translation>un dossier .SAFE sans son fichier MTD est un téléchargement ou une décompression incomplète : récupérez de nouveau le produit complet</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/opener.py" line="59" />
      <source>{path} is not a Sentinel-2 product folder: no MTD_MSIL1C.xml or MTD_MSIL2A.xml (SAFE) and no *_MTD_ALL.xml with *_FRE_B*.tif (Theia) in it (it holds: {names}); pass {accepted}</source>
      <translation>{path} n'est pas un dossier de produit Sentinel-2 : ni MTD_MSIL1C.xml ni MTD_MSIL2A.xml (SAFE) et aucun *_MTD_ALL.xml avec *_FRE_B*.tif (Theia) dedans (il contient : {names}) ; passez {accepted}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/opener.py" line="56" />
      <source>to use a folder of per-date GeoTIFFs, stack them first with {algorithm} ({command}) and pass the stack</source>
      <translation>pour utiliser un dossier de GeoTIFF par date, empilez-les d'abord avec {algorithm} ({command}) et passez la pile</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/opener.py" line="92" />
      <source>open_s2 got an empty list; pass {accepted}</source>
      <translation>open_s2 a reçu une liste vide ; donnez {accepted}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/opener.py" line="100" />
      <source>{path} is in {crs} but {first} is in {first_crs}; reproject the inputs to one CRS (gdalwarp -t_srs) before opening them together</source>
      <translation>{path} est en {crs} mais {first} est en {first_crs} ; reprojetez les entrées dans un même SCR (gdalwarp -t_srs) avant de les ouvrir ensemble</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/plausibility.py" line="140" />
      <source>the reflectance read is implausibly dark on {dates} (no band's 99th percentile reaches {level}): is the input in percent (0–100) or 8-bit (0–255) instead of reflectance 0–1 or digital numbers × 10 000? Rescale it (or set the GDAL scale of its bands), else the results are wrong (unless the scene is all water or shadow)</source>
      <translation>la réflectance lue est invraisemblablement sombre le {dates} (le 99e centile d'aucune bande n'atteint {level}) : l'entrée est-elle en pourcentage (0–100) ou sur 8 bits (0–255) au lieu d'une réflectance 0–1 ou de comptes numériques × 10 000 ? Remettez-la à l'échelle (ou indiquez l'échelle GDAL de ses bandes), sinon les résultats sont faux (à moins que la scène ne soit entièrement de l'eau ou de l'ombre)</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/plausibility.py" line="148" />
      <source>no pixel is darker than {level} in B02 on {dates}: products of processing baseline 04.00 (from 2022-01-25) add 1000 to every digital number, and this input declares no offset; if it was exported without it, set the dataset tag {tag}=-1000 (else this is a bright scene: ignore this)</source>
      <translation>aucun pixel n'est plus sombre que {level} en B02 le {dates} : les produits de la baseline de traitement 04.00 (depuis le 2022-01-25) ajoutent 1000 à chaque compte numérique, et cette entrée ne déclare aucun décalage ; si elle a été exportée sans lui, posez l'étiquette de jeu de données {tag}=-1000 (sinon c'est une scène claire : ignorez ceci)</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/plausibility.py" line="154" />
      <source>no pixel is darker than {level} in {bands} on {dates}: Level-1C products of processing baseline 04.00 or later (from 2022-01-25, and the reprocessed archive back to 2015) add 1000 to every digital number, and this input declares no offset; if it was exported without it, set the dataset tag {tag}=-1000, else the results are wrong (unless the scene is cloud or snow everywhere: then ignore this)</source>
      <translation>aucun pixel n'est plus sombre que {level} dans {bands} le(s) {dates} : les produits de niveau 1C de la ligne de base de traitement 04.00 ou ultérieure (depuis le 2022-01-25, et l'archive retraitée jusqu'en 2015) ajoutent 1000 à chaque compte numérique, et cette entrée ne déclare aucun décalage ; si elle a été exportée sans lui, définissez la métadonnée {tag}=-1000, sinon les résultats sont faux (sauf si la scène est partout nuage ou neige : ignorez alors ceci)</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/raster.py" line="93" />
      <source>{path} has a rotated geotransform; warp it to a north-up grid first (gdalwarp)</source>
      <translation>{path} a une géotransformation avec rotation ; rééchantillonnez-le d'abord sur une grille orientée au nord (gdalwarp)</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/raster.py" line="96" />
      <source>{path} is in {crs} but the reference grid is in {grid_crs}; reproject it to the reference CRS (gdalwarp -t_srs) or open the files separately</source>
      <translation>{path} est en {crs} mais la grille de référence est en {grid_crs} ; reprojetez-le dans le SCR de référence (gdalwarp -t_srs) ou ouvrez les fichiers séparément</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/safe.py" line="177" />
      <source>band images found: {names}</source>
      <translation>images de bandes trouvées : {names}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/safe.py" line="157" />
      <source>the SAFE product {path} has no GRANULE/&lt;tile&gt; folder; the download or unzip is incomplete - get the complete product</source>
      <translation>le produit SAFE {path} n'a pas de dossier GRANULE/&lt;tile&gt; ; le téléchargement ou la décompression est incomplet - récupérez le produit complet</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/safe.py" line="161" />
      <source>the SAFE product {path} holds {count} granules ({names}); only single-tile products are supported - use a product per tile</source>
      <translation>le produit SAFE {path} contient {count} granules ({names}) ; seuls les produits d'une seule tuile sont pris en charge - utilisez un produit par tuile</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/safe.py" line="171" />
      <source>no acquisition time in {path} (PRODUCT_START_TIME) nor in the folder name; the metadata is damaged - download the product again</source>
      <translation>aucune heure d'acquisition dans {path} (PRODUCT_START_TIME) ni dans le nom du dossier ; les métadonnées sont endommagées - téléchargez à nouveau le produit</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/safe.py" line="180" />
      <source>no band images (*_B??_10m.jp2 / *_B??.jp2) under {path}; the product is incomplete - download or unzip it again</source>
      <translation>aucune image de bande (*_B??_10m.jp2 / *_B??.jp2) sous {path} ; le produit est incomplet - téléchargez-le ou décompressez-le à nouveau</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/safe.py" line="200" />
      <source>Level-2A products carry no B10; request bands from src.band_names or download the complete product</source>
      <translation>les produits de niveau 2A n'ont pas de B10 ; demandez des bandes parmi src.band_names ou téléchargez le produit complet</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/safe.py" line="206" />
      <source>{product} has no {file}: its tile metadata (sun and view angles) is missing, the product is incomplete - download it again; until then the angles are the run's parameters or defaults</source>
      <translation>{product} n'a pas de {file} : ses métadonnées de tuile (angles solaires et de visée) manquent, le produit est incomplet - téléchargez-le de nouveau ; d'ici là, les angles sont les paramètres de l'exécution ou ses valeurs par défaut</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/source.py" line="158" />
      <source>clouds and shadows: {how}</source>
      <translation>nuages et ombres : {how}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/source.py" line="63" />
      <source>{path} holds no acquisition; pass a Sentinel-2 product or GeoTIFF with named bands</source>
      <translation>{path} ne contient aucune acquisition ; donnez un produit Sentinel-2 ou un GeoTIFF aux bandes nommées</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/source.py" line="81" />
      <source>no band is available in every date of {path} ({per_date}); open dates with the same bands together</source>
      <translation>aucune bande n'est disponible à toutes les dates de {path} ({per_date}) ; ouvrez ensemble des dates ayant les mêmes bandes</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/source.py" line="198" />
      <source>{value} is not a Sentinel-2 band name; use names like {bands}</source>
      <translation>{value} n'est pas un nom de bande Sentinel-2 ; utilisez des noms comme {bands}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/source.py" line="201" />
      <source>band {band} missing in {source} ({inventory}); {fix}</source>
      <translation>bande {band} absente de {source} ({inventory}) ; {fix}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/source.py" line="158" />
      <source>{mask} ({count} date(s))</source>
      <translation>{mask} ({count} date(s))</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/stack.py" line="66" />
      <source>duplicate band names {names}; give each band once</source>
      <translation>noms de bandes en double {names} ; donnez chaque bande une seule fois</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/stack.py" line="75" />
      <source>data has shape {shape} but (dates, bands, height, width) = {expected} is expected; reshape it or fix grid/dates/band_names</source>
      <translation>les données ont la forme {shape} mais (dates, bandes, hauteur, largeur) = {expected} est attendu ; redimensionnez-les ou corrigez grid/dates/band_names</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/stack.py" line="79" />
      <source>nothing to write ({dates} dates, {bands} bands); pass at least one of each</source>
      <translation>rien à écrire ({dates} dates, {bands} bandes) ; donnez-en au moins une de chaque</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/stack.py" line="63" />
      <source>{value} is not a Sentinel-2 band name; use B01..B12 or B8A</source>
      <translation>{value} n'est pas un nom de bande Sentinel-2 ; utilisez B01..B12 ou B8A</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/stack.py" line="70" />
      <source>bad date ({error}); pass datetimes or ISO strings like 2015-07-11T10:00:08Z</source>
      <translation>date invalide ({error}) ; donnez des datetimes ou des chaînes ISO comme 2015-07-11T10:00:08Z</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/theia.py" line="127" />
      <source>FRE band files found: {names}</source>
      <translation>fichiers de bandes FRE trouvés : {names}</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/theia.py" line="91" />
      <source>no ACQUISITION_DATE in {path} and no date in the folder name; the metadata is damaged - download the product again</source>
      <translation>aucune ACQUISITION_DATE dans {path} et aucune date dans le nom du dossier ; les métadonnées sont endommagées - téléchargez à nouveau le produit</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/theia.py" line="107" />
      <source>no *_FRE_B&lt;n&gt;.tif band files in the Theia product {path}; the product is incomplete - download or unzip it again</source>
      <translation>aucun fichier de bande *_FRE_B&lt;n&gt;.tif dans le produit Theia {path} ; le produit est incomplet - téléchargez-le ou décompressez-le à nouveau</translation>
    </message>
    <message>
      <location filename="../core/inputs/sentinel2/theia.py" line="131" />
      <source>Theia products carry no B01, B09 or B10; request bands from src.band_names</source>
      <translation>les produits Theia n'ont pas de B01, B09 ni B10 ; demandez des bandes parmi src.band_names</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/band_notes.py" line="21" />
      <source>biophysical needs at least B02,B03,B04,B08 and refuses it; so do encode (fine4) and textquery; only the Presto presets take it, its missing bands masked</source>
      <translation>biophysical a besoin au moins de B02,B03,B04,B08 et la refuse ; encode (fine4) et textquery aussi ; seuls les préréglages Presto l'acceptent, ses bandes manquantes masquées</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/band_notes.py" line="24" />
      <source>biophysical falls back to a reduced band set and encode (fine4) refuses it; the Presto presets take it</source>
      <translation>biophysical se rabat sur un jeu de bandes réduit et encode (fine4) la refuse ; les préréglages Presto l'acceptent</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/band_notes.py" line="26" />
      <source>the Sentinel-2 stack will hold {bands} only, without {missing}: {consequence}; give products with all the bands (SAFE or Theia folders, or files naming B02…B12)</source>
      <translation>la pile Sentinel-2 ne contiendra que {bands}, sans {missing} : {consequence} ; donnez des produits avec toutes les bandes (dossiers SAFE ou Theia, ou fichiers nommant B02…B12)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/band_notes.py" line="36" />
      <source>S2 bands {bands}: read as stored where a product holds them on the target grid ({res:g}), not resampled</source>
      <translation>bandes S2 {bands} : lues telles que stockées là où un produit les a sur la grille cible ({res:g}), sans rééchantillonnage</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/band_notes.py" line="44" />
      <source>a Level-1C stack without {band} cannot give LAI: {algorithm} retrieves top-of-atmosphere reflectance from all 10 bands, {band} included; add {band} to the bands ({parameter})</source>
      <translation>une pile de niveau 1C sans {band} ne peut pas donner de LAI : {algorithm} restitue à partir de la réflectance au sommet de l'atmosphère des 10 bandes, {band} comprise ; ajoutez {band} aux bandes ({parameter})</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="128" />
      <source>target CRS: {crs} (the data are in degrees)</source>
      <translation>SCR cible : {crs} (les données sont en degrés)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="131" />
      <source>the Sentinel-2 data {s2} and the Sentinel-1 data {s1} do not overlap ({crs}); choose inputs over the same place</source>
      <translation>les données Sentinel-2 {s2} et les données Sentinel-1 {s1} ne se recouvrent pas ({crs}) ; choisissez des entrées sur le même lieu</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="157" />
      <source>no {sensor} date covers the area; choose another area</source>
      <translation>aucune date {sensor} ne couvre la zone ; choisissez une autre zone</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="183" />
      <source>S2 date(s) {dates}: cloud or shadow almost everywhere; they stay in the stack as no data (every algorithm skips them) - for a smaller stack, leave them out: untick them in the stack dock's list, or narrow {start} / {end}, or move their files out of the folder</source>
      <translation>S2 date(s) {dates} : nuage ou ombre presque partout ; elles restent dans la pile comme sans données (tous les algorithmes les ignorent) - pour une pile plus petite, écartez-les : décochez-les dans la liste du panneau des piles, ou resserrez {start} / {end}, ou sortez leurs fichiers du dossier</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="198" />
      <source>Level-1C date(s) {dates}: clouds found by the spectral rules, which miss thick cloud on Level-1C; {advice}</source>
      <translation>date(s) Level-1C {dates} : nuages trouvés par les règles spectrales, qui manquent les nuages épais en Level-1C ; {advice}</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="225" />
      <source>no input folder; give a Sentinel-2 folder, a Sentinel-1 folder or both</source>
      <translation>aucun dossier d'entrée ; donnez un dossier Sentinel-2, un dossier Sentinel-1 ou les deux</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="237" />
      <source>the S2 and S1 outputs are the same file {path}; give two paths</source>
      <translation>les sorties S2 et S1 sont le même fichier {path} ; donnez deux chemins</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="238" />
      <source>start date</source>
      <translation>date de début</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="238" />
      <source>end date</source>
      <translation>date de fin</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="240" />
      <source>the end date {end} is before the start date {start}; swap them</source>
      <translation>la date de fin {end} est antérieure à la date de début {start} ; inversez-les</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="296" />
      <source>target grid: {crs}, {width} x {height} pixels of {res}, bounds {bounds}</source>
      <translation>grille cible : {crs}, {width} x {height} pixels de {res}, emprise {bounds}</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="91" />
      <source>{what} {value} is not a date; give YYYY-MM-DD</source>
      <translation>{what} {value} n'est pas une date ; donnez YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="124" />
      <source>the target CRS {crs} is geographic (degrees); choose a projected CRS in metres, e.g. the UTM zone of the area</source>
      <translation>le SCR cible {crs} est géographique (degrés) ; choisissez un SCR projeté en mètres, p. ex. la zone UTM de la zone d'intérêt</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="140" />
      <source>the area {area} does not overlap the data {data} (both in {crs}); choose an area over the products or other products</source>
      <translation>la zone {area} ne recouvre pas les données {data} (toutes deux en {crs}) ; choisissez une zone sur les produits ou d'autres produits</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="155" />
      <source>{sensor} {date}: outside the area, left out</source>
      <translation>{sensor} {date} : hors de la zone, écartée</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="173" />
      <source>S2 {date}: no cloud or shadow detected (of {count} assessed pixels)</source>
      <translation>S2 {date} : aucun nuage ni ombre détecté (sur {count} pixels évalués)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="176" />
      <source>S2 {date}: {cloud:.1f} % cloud, {shadow:.1f} % shadow detected (of {count} assessed pixels), set to no data</source>
      <translation>S2 {date} : {cloud:.1f} % de nuages, {shadow:.1f} % d'ombres détectés (sur {count} pixels évalués), mis sans données</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="229" />
      <source>{sensor} folder(s) given but no output path for the {name} stack; give one</source>
      <translation>dossier(s) {sensor} indiqué(s) mais aucun chemin de sortie pour la pile {name} ; donnez-en un</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="232" />
      <source>an output for the {name} stack is given but no {sensor} folder; give the folder or drop the output</source>
      <translation>une sortie est indiquée pour la pile {name} mais aucun dossier {sensor} ; donnez le dossier ou retirez la sortie</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="266" />
      <source>skipped {path}: {reason}</source>
      <translation>ignoré {path} : {reason}</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="279" />
      <source>processing level</source>
      <translation>niveau de traitement</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="280" />
      <source>band tag LEVEL={level} written</source>
      <translation>étiquette de bande LEVEL={level} écrite</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="280" />
      <source>no LEVEL tag</source>
      <translation>pas d'étiquette LEVEL</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="281" />
      <source>S2 {date}: {level}, {how}; {tag}</source>
      <translation>S2 {date} : {level}, {how} ; {tag}</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="112" />
      <source>target CRS: {crs}, that of the first date's first product over the area, among {crss}; choose another with the target CRS (TARGET_CRS, --target-crs)</source>
      <translation>SCR cible : {crs}, celui du premier produit de la première date sur la zone, parmi {crss} ; choisissez-en un autre avec le SCR cible (TARGET_CRS, --target-crs)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="115" />
      <source>target CRS: {crs}, that of the first date's first product, among {crss}; choose another with the target CRS (TARGET_CRS, --target-crs)</source>
      <translation>SCR cible : {crs}, celui du premier produit de la première date, parmi {crss} ; choisissez-en un autre avec le SCR cible (TARGET_CRS, --target-crs)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="277" />
      <source>S2 {date}: clouds masked by {how}</source>
      <translation>S2 {date} : nuages masqués par {how}</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="321" />
      <source>no valid pixel in the {sensor} stack: every value of its {count} date(s) in the area is nodata/NaN or masked as cloud ({folders}); check the products' nodata value, the area and the dates; nothing was written</source>
      <translation>aucun pixel valide dans la pile {sensor} : toutes les valeurs de ses {count} date(s) dans la zone sont nodata/NaN ou masquées comme nuage ({folders}) ; vérifiez la valeur nodata des produits, la zone et les dates ; rien n'a été écrit</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="324" />
      <source>no valid pixel in the {sensor} stack: every value of its {count} date(s) in the area is nodata/NaN ({folders}); check the products' nodata value, the area and the dates; nothing was written</source>
      <translation>aucun pixel valide dans la pile {sensor} : toutes les valeurs de ses {count} date(s) dans la zone sont nodata/NaN ({folders}) ; vérifiez la valeur nodata des produits, la zone et les dates ; rien n'a été écrit</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="278" />
      <source>Level-1C (top-of-atmosphere)</source>
      <translation>niveau 1C (sommet de l'atmosphère)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/build.py" line="278" />
      <source>Level-2A (surface)</source>
      <translation>niveau 2A (surface)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="172" />
      <source>area {area}: give (west, south, east, north), ((w, s, e, n), crs), (polygon WKT, crs) or an Area</source>
      <translation>zone {area} : donnez (ouest, sud, est, nord), ((w, s, e, n), crs), (WKT de polygone, crs) ou une Area</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="233" />
      <source>the area geometry is a {kind}; give a polygon</source>
      <translation>la géométrie de la zone est un {kind} ; donnez un polygone</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="269" />
      <source>(none)</source>
      <translation>(aucune)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="279" />
      <source>{size:g}°</source>
      <translation>{size:g}°</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="282" />
      <source>{size:g} m</source>
      <translation>{size:g} m</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="283" />
      <source>{size:g} {unit}</source>
      <translation>{size:g} {unit}</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="283" />
      <source>{size:g}</source>
      <translation>{size:g}</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="60" />
      <source>area bounds {bounds} are empty or inverted; give (west, south, east, north) with east &gt; west and north &gt; south</source>
      <translation>les limites de zone {bounds} sont vides ou inversées ; donnez (ouest, sud, est, nord) avec est &gt; ouest et nord &gt; sud</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="74" />
      <source>the area {area} is not a WKT POLYGON or MULTIPOLYGON; give e.g. POLYGON((x1 y1, x2 y2, x3 y3, x1 y1))</source>
      <translation>la zone {area} n'est pas un POLYGON ou MULTIPOLYGON WKT ; donnez p. ex. POLYGON((x1 y1, x2 y2, x3 y3, x1 y1))</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="96" />
      <source>the area polygon {area} has no ring; give POLYGON((x y, ...))</source>
      <translation>le polygone de zone {area} n'a aucun anneau ; donnez POLYGON((x y, ...))</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="118" />
      <source>the area polygon cannot be read; give a WKT POLYGON or MULTIPOLYGON</source>
      <translation>le polygone de la zone est illisible ; donnez un POLYGON ou un MULTIPOLYGON en WKT</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="215" />
      <source>area CRS</source>
      <translation>SCR de la zone</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="240" />
      <source>resolution {value}: give a positive pixel size in CRS units (metres), e.g. 10</source>
      <translation>résolution {value} : donnez une taille de pixel positive en unités du SCR (mètres), p. ex. 10</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="248" />
      <source>the target grid would be {width} x {height} pixels (bounds {bounds} at {res:g}); give a smaller area, a coarser resolution, or products of one region</source>
      <translation>la grille cible ferait {width} x {height} pixels (emprise {bounds} à {res:g}) ; donnez une zone plus petite, une résolution plus grossière, ou des produits d'une seule région</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="57" />
      <source>area bounds {bounds}: give (west, south, east, north) numbers</source>
      <translation>limites de zone {bounds} : donnez des nombres (ouest, sud, est, nord)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="93" />
      <source>cannot read the area polygon ({error}); give a closed WKT polygon with at least 3 points</source>
      <translation>impossible de lire le polygone de zone ({error}) ; donnez un polygone WKT fermé d'au moins 3 points</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="181" />
      <source>{what} {value} is not a known CRS; give e.g. EPSG:32633</source>
      <translation>{what} {value} n'est pas un SCR connu ; donnez p. ex. EPSG:32633</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="86" />
      <source>ring with {count} points</source>
      <translation>anneau de {count} points</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/grid.py" line="182" />
      <source>target CRS</source>
      <translation>SCR cible</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/scan.py" line="128" />
      <source>the {sensor} folder {path} holds {other} data ({files}); keep Sentinel-2 and Sentinel-1 in separate folders and pass each in its own parameter</source>
      <translation>le dossier {sensor} {path} contient des données {other} ({files}) ; placez Sentinel-2 et Sentinel-1 dans des dossiers distincts et donnez chacun dans son propre paramètre</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/scan.py" line="71" />
      <source>{path} is not a folder; give folders that hold the products</source>
      <translation>{path} n'est pas un dossier ; donnez des dossiers qui contiennent les produits</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/scan.py" line="322" />
      <source>no {sensor} product found in {where}; check the folder or the file names</source>
      <translation>aucun produit {sensor} trouvé dans {where} ; vérifiez le dossier ou les noms des fichiers</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/scan.py" line="327" />
      <source>no {sensor} product in the date range {start} to {end} ({count} date(s) found: {dates}); widen the date range</source>
      <translation>aucun produit {sensor} dans l'intervalle de dates {start} à {end} ({count} date(s) trouvée(s) : {dates}) ; élargissez l'intervalle de dates</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/scan.py" line="350" />
      <source>all {count} Sentinel-2 date(s) in the range are cloudier than the maximum cloud cover {max:.1f}%: {dates}; raise the maximum cloud cover or widen the date range</source>
      <translation>les {count} date(s) Sentinel-2 de l'intervalle sont plus nuageuses que la couverture nuageuse maximale de {max:.1f} % : {dates} ; augmentez la couverture nuageuse maximale ou élargissez l'intervalle de dates</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/scan.py" line="95" />
      <source>cannot open {path} as a raster (GDAL: {error}); the file is truncated or corrupt - download it again or remove it from the folder</source>
      <translation>impossible d'ouvrir {path} comme raster (GDAL : {error}) ; le fichier est tronqué ou corrompu - téléchargez-le à nouveau ou retirez-le du dossier</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/scan.py" line="234" />
      <source>S2 {date}: {count} files of one band each in {folder} ({bands}) read as one date</source>
      <translation>S2 {date} : {count} fichiers d'une bande chacun dans {folder} ({bands}) lus comme une seule date</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/scan.py" line="321" />
      <source>the {sensor} folder(s)</source>
      <translation>le(s) dossier(s) {sensor}</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/scan.py" line="340" />
      <source>S2 {date}: cloud cover unknown, kept</source>
      <translation>S2 {date} : couverture nuageuse inconnue, conservée</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/scan.py" line="346" />
      <source>S2 {date}: cloud cover {cloud:.1f}% &gt; {max:.1f}%, left out</source>
      <translation>S2 {date} : couverture nuageuse {cloud:.1f} % &gt; {max:.1f} %, écartée</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/scan.py" line="151" />
      <source>a zipped product: unzip it (unzip {file} -d {folder}) and scan again</source>
      <translation>un produit zippé : décompressez-le (unzip {file} -d {folder}) et relancez l'analyse</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/scan.py" line="162" />
      <source>used {path}: an EO Latent stack ({count} dates), read like any product; move it out of the folder if it is an earlier output</source>
      <translation>utilisé {path} : une pile EO Latent ({count} dates), lue comme tout produit ; sortez-la du dossier s'il s'agit d'une sortie antérieure</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/scan.py" line="251" />
      <source>a zipped file: unzip it and scan again</source>
      <translation>un fichier zippé : décompressez-le et relancez l'analyse</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/scan.py" line="324" />
      <source>skipped: {files}</source>
      <translation>ignorés : {files}</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/scan.py" line="168" />
      <source>not a Sentinel-2 product (no band named B01..B12)</source>
      <translation>pas un produit Sentinel-2 (aucune bande nommée B01..B12)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="209" />
      <source>S1: {calibration}, {pols}, {count} date(s); inputs read as {units}, written in dB; {incidence}</source>
      <translation>S1 : {calibration}, {pols}, {count} date(s) ; entrées lues en {units}, écrites en dB ; {incidence}</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="237" />
      <source>output: {width} × {height} pixels × {bands} bands, {size} as float32 before compression</source>
      <translation>sortie : {width} × {height} pixels × {bands} bandes, {size} en float32 avant compression</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="166" />
      <source>{sensor} {date}: {count} products mosaicked ({files}); where they overlap, the value of the first one listed is kept</source>
      <translation>{sensor} {date} : {count} produits mosaïqués ({files}) ; là où ils se recouvrent, la valeur du premier listé est conservée</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="189" />
      <source>{sensor} date(s) {dates} cover little of the stack's extent ({width} × {height} px): the rest of them is no data; build one stack per place, or give an extent or an area (EXTENT, AREA)</source>
      <translation>{sensor} date(s) {dates} couvrent peu de l'emprise de la pile ({width} × {height} px) : le reste est sans données pour elles ; construisez une pile par lieu, ou donnez une emprise ou une zone (EXTENT, AREA)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="204" />
      <source>an incidence-angle band per date</source>
      <translation>une bande d'angle d'incidence par date</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="220" />
      <source>{sensor} date(s) {dates} hold no valid pixel in the stack (all nodata/NaN over the area: {files}); they stay in it as empty bands, which every algorithm skips: leave them out for a smaller stack</source>
      <translation>{sensor} date(s) {dates} n'ont aucun pixel valide dans la pile (tout nodata/NaN sur la zone : {files}) ; elles y restent comme bandes vides, que tous les algorithmes ignorent : écartez-les pour une pile plus petite</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="41" />
      <source>{sensor} input {files} has no coordinate reference system, so it cannot be placed on the stack's grid: assign its CRS (gdal_edit.py -a_srs EPSG:&lt;code&gt; FILE, or Raster ▸ Projections ▸ Assign Projection) or leave it out</source>
      <translation>l'entrée {sensor} {files} n'a pas de système de coordonnées de référence, elle ne peut donc pas être placée sur la grille de la pile : attribuez-lui son SCR (gdal_edit.py -a_srs EPSG:&lt;code&gt; FICHIER, ou Raster ▸ Projections ▸ Assigner une projection) ou écartez-la</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="87" />
      <source>the selected Sentinel-2 products share no band; build them separately</source>
      <translation>les produits Sentinel-2 sélectionnés n'ont aucune bande en commun ; construisez-les séparément</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="92" />
      <source>S2: band(s) {lost} are left out of the whole stack because {count} product(s) lack them ({files}, {dates}); the stack keeps the {n} band(s) every date has ({bands}): leave those products out for the full band set</source>
      <translation>S2 : la ou les bande(s) {lost} sont écartées de toute la pile car {count} produit(s) ne les ont pas ({files}, {dates}) ; la pile garde les {n} bande(s) que toutes les dates ont ({bands}) : écartez ces produits pour le jeu de bandes complet</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="136" />
      <source>the selected Sentinel-1 dates share no polarisation; give dates with the same polarisations</source>
      <translation>les dates Sentinel-1 sélectionnées n'ont aucune polarisation en commun ; donnez des dates ayant les mêmes polarisations</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="157" />
      <source>the Sentinel-1 inputs mix calibrations ({found}); build one stack per calibration (sigma0 or gamma0)</source>
      <translation>les entrées Sentinel-1 mélangent plusieurs étalonnages ({found}) ; construisez une pile par étalonnage (sigma0 ou gamma0)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="202" />
      <source>{units} ({count} band(s))</source>
      <translation>{units} ({count} bande(s))</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="204" />
      <source>no incidence-angle band (not on every date): give the angle to eolatent:soilmoisture (INCIDENCE, --incidence)</source>
      <translation>pas de bande d'angle d'incidence (pas à chaque date) : donnez l'angle à eolatent:soilmoisture (INCIDENCE, --incidence)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="206" />
      <source>no incidence-angle band (no date has one): give the angle to eolatent:soilmoisture (INCIDENCE, --incidence)</source>
      <translation>pas de bande d'angle d'incidence (aucune date n'en a) : donnez l'angle à eolatent:soilmoisture (INCIDENCE, --incidence)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="241" />
      <source>the resolution {res:g} is over 10 times finer than the finest input pixel ({finest:g}): every output pixel is interpolated, the stack holds no more detail and is {factor:.0f} times larger; choose the inputs' own resolution (e.g. 10 m for Sentinel-2)</source>
      <translation>la résolution {res:g} est plus de 10 fois plus fine que le pixel d'entrée le plus fin ({finest:g}) : chaque pixel de sortie est interpolé, la pile ne contient pas plus de détail et est {factor:.0f} fois plus grande ; choisissez la résolution propre des entrées (par ex. 10 m pour Sentinel-2)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="80" />
      <source>each file holds a single band ({count} of {date}: {files}): a date's bands must be in one file (or a product folder, SAFE or Theia); combine each date's band files first, e.g. gdalbuildvrt -separate {date}.vrt {sources}, with the band descriptions set to the band names, and give the folder of those files</source>
      <translation>chaque fichier ne contient qu'une bande ({count} du {date} : {files}) : les bandes d'une date doivent être dans un même fichier (ou un dossier de produit, SAFE ou Theia) ; combinez d'abord les fichiers de bandes de chaque date, p. ex. gdalbuildvrt -separate {date}.vrt {sources}, avec les descriptions de bandes égales aux noms des bandes, et donnez le dossier de ces fichiers</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="117" />
      <source>polarisation {pols} is not in every selected Sentinel-1 date (missing on {dates}: {files}; common: {common}); choose among them, or leave those dates out</source>
      <translation>la polarisation {pols} n'est pas dans toutes les dates Sentinel-1 sélectionnées (absente le(s) {dates} : {files} ; communes : {common}) ; choisissez parmi elles, ou écartez ces dates</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="128" />
      <source>S1: {count} of {total} date(s) lack a polarisation the others have ({dates}; files {files}); they are left out so that the stack keeps {pols} on every date: to keep them, give their missing polarisation</source>
      <translation>S1 : {count} des {total} date(s) n'ont pas une polarisation que les autres ont ({dates} ; fichiers {files}) ; elles sont écartées pour que la pile garde {pols} à chaque date : pour les garder, fournissez leur polarisation manquante</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="140" />
      <source>S1: {pols} left out of the whole stack: missing on {count} of {total} date(s) ({dates}; files {files}); the stack holds {kept} only: give the missing polarisation for those dates, or leave them out (untick them in the stack dock's list, or move their files out of the folder)</source>
      <translation>S1 : {pols} écartée(s) de toute la pile : absente(s) sur {count} des {total} date(s) ({dates} ; fichiers {files}) ; la pile ne contient que {kept} : fournissez la polarisation manquante pour ces dates, ou écartez-les (décochez-les dans la liste du panneau des piles, ou sortez leurs fichiers du dossier)</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="249" />
      <source>{folder} has {free} free, but the stacks need about {need} even compressed ({size} before compression); choose a coarser resolution, a smaller area or fewer dates, or write elsewhere</source>
      <translation>{folder} a {free} libres, mais les piles demandent environ {need} même compressées ({size} avant compression) ; choisissez une résolution plus grossière, une zone plus petite ou moins de dates, ou écrivez ailleurs</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="254" />
      <source>{folder} has {free} free, less than the stacks' {size} before compression; the build may fail for lack of space</source>
      <translation>{folder} a {free} libres, moins que les {size} des piles avant compression ; la construction peut échouer faute d'espace</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="62" />
      <source>{value} is not a Sentinel-2 band name; use B01..B12, B8A</source>
      <translation>{value} n'est pas un nom de bande Sentinel-2 ; utilisez B01..B12, B8A</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="64" />
      <source>band {band} is not in every selected Sentinel-2 product (common bands: {common}; {band} is missing from {files}); choose among them, or leave those products out</source>
      <translation>la bande {band} n'est pas dans tous les produits Sentinel-2 sélectionnés (bandes communes : {common} ; {band} manque dans {files}) ; choisissez parmi elles, ou écartez ces produits</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="70" />
      <source>band {band} is asked twice ({bands}); give each band once</source>
      <translation>la bande {band} est demandée deux fois ({bands}) ; donnez chaque bande une seule fois</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/selection.py" line="202" />
      <source>linear power</source>
      <translation>puissance linéaire</translation>
    </message>
    <message>
      <location filename="../core/inputs/stackbuild/write.py" line="66" />
      <source>S2 {date}: the products of this date mix processing levels ({levels}); top-of-atmosphere (L1C) and surface (L2A) reflectance cannot be mosaicked into one date: keep the products of one level in the folders</source>
      <translation>S2 {date} : les produits de cette date mélangent des niveaux de traitement ({levels}) ; les réflectances au sommet de l'atmosphère (L1C) et de surface (L2A) ne peuvent pas être mosaïquées en une seule date : gardez dans les dossiers les produits d'un seul niveau</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="397" />
      <source>it reads latents of {encoder} {declared}, the raster was written by {encoder} {version}: encode the input again with the installed encoder, or use the models made for {encoder} {version}</source>
      <translation>il lit les latents de {encoder} {declared}, le raster a été écrit par {encoder} {version} : encodez à nouveau l'entrée avec l'encodeur installé, ou utilisez les modèles faits pour {encoder} {version}</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="335" />
      <source>latent raster {file} does not exist; create it with eolatent:encode</source>
      <translation>le raster latent {file} n'existe pas ; créez-le avec eolatent:encode</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="209" />
      <source>{file} is not a latent raster (no {tag} tag); create one with eolatent:encode</source>
      <translation>{file} n'est pas un raster latent (pas d'étiquette {tag}) ; créez-en un avec eolatent:encode</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="233" />
      <source>{file}: {tag} {kinds} is not {expected}; re-create it with eolatent:encode</source>
      <translation>{file} : {tag} {kinds} n'est pas {expected} ; recréez-le avec eolatent:encode</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="237" />
      <source>{file} has {count} bands but {windows} window(s) × {kinds} × {size} features are expected; re-create it with eolatent:encode</source>
      <translation>{file} a {count} bandes mais {windows} fenêtre(s) × {kinds} × {size} variables sont attendues ; recréez-le avec eolatent:encode</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="268" />
      <source>{file} has no {kind} bands (encoder {encoder} gives no uncertainty)</source>
      <translation>{file} n'a pas de bandes {kind} (l'encodeur {encoder} ne donne pas d'incertitude)</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="306" />
      <source>write it again (a latent: eolatent:encode; a stack: eolatent:buildstack)</source>
      <translation>écrivez-le à nouveau (un latent : eolatent:encode ; une pile : eolatent:buildstack)</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="376" />
      <source>encoder {model} {version}: its card's tiling lacks {keys} ({doc}); re-export it</source>
      <translation>encodeur {model} {version} : le tuilage de sa fiche de modèle n'a pas {keys} ({doc}) ; exportez-le à nouveau</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="192" />
      <source>cannot open {file} as a raster ({error}); choose a latent raster written by eolatent:encode</source>
      <translation>impossible d'ouvrir {file} comme raster ({error}) ; choisissez un raster latent écrit par eolatent:encode</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="230" />
      <source>{file}: latent raster tag missing or malformed ({error}); re-create it with eolatent:encode</source>
      <translation>{file} : étiquette de raster latent manquante ou mal formée ({error}) ; recréez-le avec eolatent:encode</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="294" />
      <source>cannot read {file} (GDAL: {error}): the file is truncated or corrupt (an interrupted copy or a full disk?); copy it again or {redo}</source>
      <translation>impossible de lire {file} (GDAL : {error}) : le fichier est tronqué ou corrompu (une copie interrompue ou un disque plein ?) ; copiez-le à nouveau ou {redo}</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="246" />
      <source>{file}: band {band} lacks {tags}; re-create it with eolatent:encode</source>
      <translation>{file} : la bande {band} n'a pas {tags} ; recréez-le avec eolatent:encode</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="357" />
      <source>the preset '{preset}' has no decoder (its latents are read by classify, cluster, similarity and textquery); decode a latent of fine4 or seed100</source>
      <translation>le préréglage « {preset} » n'a pas de décodeur (ses latents sont lus par classify, cluster, similarity et textquery) ; décodez un latent de fine4 ou seed100</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="361" />
      <source>'{preset}' is not an encoder preset (the presets are {presets}); choose one of them or give the path of an ONNX model</source>
      <translation>« {preset} » n'est pas un préréglage d'encodeur (les préréglages sont {presets}) ; choisissez-en un ou donnez le chemin d'un modèle ONNX</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="363" />
      <source>'{preset}' is not a decoder preset (the presets are {presets}); choose one of them or give the path of an ONNX model</source>
      <translation>« {preset} » n'est pas un préréglage de décodeur (les préréglages sont {presets}) ; choisissez-en un ou donnez le chemin d'un modèle ONNX</translation>
    </message>
    <message>
      <location filename="../core/latent/contract.py" line="297" />
      <source>encode it again with eolatent:encode</source>
      <translation>encodez-le à nouveau avec eolatent:encode</translation>
    </message>
    <message>
      <location filename="../core/latent/pca.py" line="50" />
      <source>expected latent means of shape (features, rows, columns), got {shape}</source>
      <translation>moyennes latentes de forme (variables, lignes, colonnes) attendues, forme reçue {shape}</translation>
    </message>
    <message>
      <location filename="../core/latent/pca.py" line="68" />
      <source>fewer than two valid pixels in this window: nothing to compute principal components on; choose another window</source>
      <translation>moins de deux pixels valides dans cette fenêtre : rien sur quoi calculer des composantes principales ; choisissez une autre fenêtre</translation>
    </message>
    <message>
      <location filename="../core/latent/pca.py" line="124" />
      <source>window {index} does not exist; {file} has {count} window(s)</source>
      <translation>la fenêtre {index} n'existe pas ; {file} a {count} fenêtre(s)</translation>
    </message>
    <message>
      <location filename="../core/outputs/band_vrts.py" line="33" />
      <source>{file} has {bands} band(s) for {dates} date(s): one band per date is needed to write one layer per date</source>
      <translation>{file} a {bands} bande(s) pour {dates} date(s) : il faut une bande par date pour écrire une couche par date</translation>
    </message>
    <message>
      <location filename="../core/outputs/files.py" line="170" />
      <source>folder {path} does not exist; create it or choose another output</source>
      <translation>le dossier {path} n'existe pas ; créez-le ou choisissez une autre sortie</translation>
    </message>
    <message>
      <location filename="../core/outputs/files.py" line="169" />
      <source>{path} is a file, not a folder; choose an output path inside a folder</source>
      <translation>{path} est un fichier, pas un dossier ; choisissez un chemin de sortie dans un dossier</translation>
    </message>
    <message>
      <location filename="../core/outputs/files.py" line="186" />
      <source>no file can be created in folder {path} (the system says: {reason}); choose a folder you can write to</source>
      <translation>aucun fichier ne peut être créé dans le dossier {path} (le système répond : {reason}) ; choisissez un dossier où vous pouvez écrire</translation>
    </message>
    <message>
      <location filename="../core/outputs/files.py" line="206" />
      <source>{path} is a folder; give a file name</source>
      <translation>{path} est un dossier ; donnez un nom de fichier</translation>
    </message>
    <message>
      <location filename="../core/outputs/files.py" line="223" />
      <source>{path} is a file, not a folder; choose a folder</source>
      <translation>{path} est un fichier, pas un dossier ; choisissez un dossier</translation>
    </message>
    <message>
      <location filename="../core/outputs/files.py" line="226" />
      <source>{path} is a file, not a folder; choose a folder elsewhere</source>
      <translation>{path} est un fichier, pas un dossier ; choisissez un dossier ailleurs</translation>
    </message>
    <message>
      <location filename="../core/outputs/files.py" line="215" />
      <source>cannot write {path}: {problem}</source>
      <translation>impossible d'écrire {path} : {problem}</translation>
    </message>
    <message>
      <location filename="../core/outputs/files.py" line="282" />
      <source>output {path}: only GeoTIFF outputs are written; use a .tif file name</source>
      <translation>sortie {path} : seules des sorties GeoTIFF sont écrites ; utilisez un nom de fichier .tif</translation>
    </message>
    <message>
      <location filename="../core/outputs/files.py" line="284" />
      <source>cannot write {path}: it is a folder; give a file name ending in .tif</source>
      <translation>impossible d'écrire {path} : c'est un dossier ; donnez un nom de fichier se terminant par .tif</translation>
    </message>
    <message>
      <location filename="../core/outputs/files.py" line="129" />
      <source>writing {path} failed ({error}); the disk is probably full - free some space or choose another output folder</source>
      <translation>l'écriture de {path} a échoué ({error}) ; le disque est probablement plein - libérez de l'espace ou choisissez un autre dossier de sortie</translation>
    </message>
    <message>
      <location filename="../core/outputs/files.py" line="156" />
      <source>writing {path} failed: the file is incomplete ({error}); the disk is probably full - free some space or choose another output folder</source>
      <translation>l'écriture de {path} a échoué : le fichier est incomplet ({error}) ; le disque est probablement plein - libérez de l'espace ou choisissez un autre dossier de sortie</translation>
    </message>
    <message>
      <location filename="../core/outputs/files.py" line="252" />
      <source>cannot write {path}: {reason}; choose a folder you can write to</source>
      <translation>impossible d'écrire {path} : {reason} ; choisissez un dossier où vous pouvez écrire</translation>
    </message>
    <message>
      <location filename="../core/outputs/geotiff.py" line="173" />
      <source>writing {path} failed: {error}</source>
      <translation>l'écriture de {path} a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../core/outputs/geotiff.py" line="219" />
      <source>finishing {path} failed: {error}</source>
      <translation>la finalisation de {path} a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../core/outputs/stackwriter.py" line="25" />
      <source>{name} has {count} entries but there are {dates} dates; give one per date (None when unknown)</source>
      <translation>{name} a {count} entrées mais il y a {dates} dates ; donnez-en une par date (None si inconnue)</translation>
    </message>
    <message>
      <location filename="../core/outputs/vrt.py" line="106" />
      <source>a source relative to the VRT needs a relative path, not {path}</source>
      <translation>une source relative au VRT doit avoir un chemin relatif, pas {path}</translation>
    </message>
    <message>
      <location filename="../core/outputs/vrt.py" line="126" />
      <source>a geotransform has 6 numbers, not {count}</source>
      <translation>une géotransformation a 6 nombres, pas {count}</translation>
    </message>
    <message>
      <location filename="../core/outputs/vrt.py" line="33" />
      <source>no VRT data type for dtype {dtype}</source>
      <translation>aucun type de données VRT pour le dtype {dtype}</translation>
    </message>
    <message>
      <location filename="../core/physics/prosail.py" line="56" />
      <location filename="../core/physics/prospect.py" line="63" />
      <source>unexpected layout of {file}</source>
      <translation>disposition inattendue de {file}</translation>
    </message>
    <message>
      <location filename="../core/physics/prosail.py" line="69" />
      <source>platform must be one of {platforms}, got {platform}</source>
      <translation>la plateforme doit être l'une de {platforms}, reçu {platform}</translation>
    </message>
    <message>
      <location filename="../core/physics/prosail.py" line="74" />
      <source>unexpected columns in {file}: {header}</source>
      <translation>colonnes inattendues dans {file} : {header}</translation>
    </message>
    <message>
      <location filename="../core/physics/prosail.py" line="77" />
      <source>SRF file does not cover 400-2500 nm at 1 nm</source>
      <translation>le fichier SRF ne couvre pas 400-2500 nm au pas de 1 nm</translation>
    </message>
    <message>
      <location filename="../core/physics/prosail.py" line="138" />
      <source>spectrum must end with {count} wavelengths, got shape {shape}</source>
      <translation>le spectre doit se terminer par {count} longueurs d'onde, forme reçue {shape}</translation>
    </message>
    <message>
      <location filename="../core/physics/prosail.py" line="206" />
      <source>missing parameters: {names}</source>
      <translation>paramètres manquants : {names}</translation>
    </message>
    <message>
      <location filename="../core/physics/prosail.py" line="210" />
      <source>{function} expects 1-D parameter arrays of shape (N,)</source>
      <translation>{function} attend des tableaux de paramètres à 1 dimension de forme (N,)</translation>
    </message>
    <message>
      <location filename="../core/physics/prosail.py" line="127" />
      <source>{name} = {value} is outside its range ({low} to {high})</source>
      <translation>{name} = {value} est hors de son domaine ({low} à {high})</translation>
    </message>
    <message>
      <location filename="../core/physics/wcm.py" line="209" />
      <source>polarisation must be {vv}, {vh} or {hh}, got {pol}</source>
      <translation>la polarisation doit être {vv}, {vh} ou {hh}, reçu {pol}</translation>
    </message>
    <message>
      <location filename="../core/physics/wcm.py" line="152" />
      <source>soil model must be one of {models}, got {model}</source>
      <translation>le modèle de sol doit être l'un de {models}, reçu {model}</translation>
    </message>
    <message>
      <location filename="../core/physics/wcm.py" line="137" />
      <source>unknown WCM parameter set {name}; known: {names}</source>
      <translation>jeu de paramètres WCM inconnu {name} ; connus : {names}</translation>
    </message>
    <message>
      <location filename="../core/physics/wcm.py" line="144" />
      <source>parameter set has no {pol} parameters (has {pols})</source>
      <translation>le jeu de paramètres n'a pas de paramètres {pol} (il a {pols})</translation>
    </message>
    <message>
      <location filename="../core/physics/wcm.py" line="262" />
      <source>{param} = 0: this parameter set carries no soil-moisture signal, it cannot be inverted</source>
      <translation>{param} = 0 : ce jeu de paramètres ne porte aucun signal d'humidité du sol, il ne peut pas être inversé</translation>
    </message>
    <message>
      <location filename="../core/physics/wcm.py" line="269" />
      <source>the Oh (2004) soil model is closed-form invertible for {vv} and {vh} only</source>
      <translation>le modèle de sol d'Oh (2004) n'est inversible analytiquement que pour {vv} et {vh}</translation>
    </message>
    <message>
      <location filename="../core/scaleout/assembly.py" line="33" />
      <source>the input</source>
      <translation>l'entrée</translation>
    </message>
    <message>
      <location filename="../core/scaleout/assembly.py" line="44" />
      <source>{problem}; nothing was written</source>
      <translation>{problem} ; rien n'a été écrit</translation>
    </message>
    <message>
      <location filename="../core/scaleout/assembly.py" line="128" />
      <source>assembling {path} failed: {error}</source>
      <translation>l'assemblage de {path} a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../core/scaleout/assembly.py" line="137" />
      <source>cannot write {path}: {error}</source>
      <translation>impossible d'écrire {path} : {error}</translation>
    </message>
    <message>
      <location filename="../core/scaleout/block_messages.py" line="145" />
      <source>(block {block}: the figures are that block's; {count} of the {total} blocks computed gave this line, each with its own figures)</source>
      <translation>(bloc {block} : les chiffres sont ceux de ce bloc ; {count} des {total} blocs calculés ont donné cette ligne, chacun avec ses propres chiffres)</translation>
    </message>
    <message>
      <location filename="../core/scaleout/block_messages.py" line="140" />
      <source>(figures per block, from the lowest to the highest over the {count} of the {total} blocks computed that gave this line)</source>
      <translation>(chiffres par bloc, du plus bas au plus haut sur les {count} des {total} blocs calculés qui ont donné cette ligne)</translation>
    </message>
    <message>
      <location filename="../core/scaleout/block_messages.py" line="143" />
      <source>(figures per block, from the lowest to the highest over the {total} blocks computed)</source>
      <translation>(chiffres par bloc, du plus bas au plus haut sur les {total} blocs calculés)</translation>
    </message>
    <message>
      <location filename="../core/scaleout/block_messages.py" line="120" />
      <source>({count} of the {total} blocks computed gave this line)</source>
      <translation>({count} des {total} blocs calculés ont donné cette ligne)</translation>
    </message>
    <message>
      <location filename="../core/scaleout/block_messages.py" line="127" />
      <source>({count} of the {total} blocks computed gave this warning)</source>
      <translation>({count} des {total} blocs calculés ont donné cet avertissement)</translation>
    </message>
    <message>
      <location filename="../core/scaleout/block_views.py" line="44" />
      <source>cannot make a view of {path}: {error}</source>
      <translation>impossible de créer une vue de {path} : {error}</translation>
    </message>
    <message>
      <location filename="../core/scaleout/block_views.py" line="62" />
      <source>cannot crop {path}: {error}</source>
      <translation>impossible de découper {path} : {error}</translation>
    </message>
    <message>
      <location filename="../core/scaleout/distributed.py" line="206" />
      <source>assembling {outputs}</source>
      <translation>assemblage de {outputs}</translation>
    </message>
    <message>
      <location filename="../core/scaleout/distributed.py" line="45" />
      <source>block size {size}: give a positive number of output pixels</source>
      <translation>taille de bloc {size} : donnez un nombre positif de pixels de sortie</translation>
    </message>
    <message>
      <location filename="../core/scaleout/distributed.py" line="141" />
      <source>no output given</source>
      <translation>aucune sortie donnée</translation>
    </message>
    <message>
      <location filename="../core/scaleout/distributed.py" line="155" />
      <source>block size {size} rounded up to {aligned} output pixels: {algorithm}'s blocks are whole multiples of {align} output pixels (its tiles or feature strips)</source>
      <translation>taille de bloc {size} arrondie à {aligned} pixels de sortie : les blocs de {algorithm} sont des multiples entiers de {align} pixels de sortie (ses tuiles ou bandes de caractéristiques)</translation>
    </message>
    <message>
      <location filename="../core/scaleout/distributed.py" line="175" />
      <source>{algorithm}: one block ({reason})</source>
      <translation>{algorithm} : un seul bloc ({reason})</translation>
    </message>
    <message>
      <location filename="../core/scaleout/distributed.py" line="183" />
      <source>{count} block(s) in {folder}: {done} already done, {todo} to compute</source>
      <translation>{count} bloc(s) dans {folder} : {done} déjà faits, {todo} à calculer</translation>
    </message>
    <message>
      <location filename="../core/scaleout/distributed.py" line="185" />
      <source>{count} block(s) of the {width} × {height} pixels output in {folder}: {done} already done, {todo} to compute</source>
      <translation>{count} bloc(s) de la sortie de {width} × {height} pixels dans {folder} : {done} déjà faits, {todo} à calculer</translation>
    </message>
    <message>
      <location filename="../core/scaleout/distributed.py" line="264" />
      <source>{option} {count}: give at least 1 worker process</source>
      <translation>{option} {count} : donnez au moins 1 processus de calcul</translation>
    </message>
    <message>
      <location filename="../core/scaleout/distributed.py" line="226" />
      <source>{options} need Dask: {command} (or run without them: blocks then run in this process)</source>
      <translation>{options} nécessitent Dask : {command} (ou lancez sans eux : les blocs s'exécutent alors dans ce processus)</translation>
    </message>
    <message>
      <location filename="../core/scaleout/distributed.py" line="237" />
      <source>spaces around it</source>
      <translation>des espaces autour</translation>
    </message>
    <message>
      <location filename="../core/scaleout/distributed.py" line="242" />
      <source>no host name</source>
      <translation>pas de nom d'hôte</translation>
    </message>
    <message>
      <location filename="../core/scaleout/distributed.py" line="244" />
      <source>{option} {address}: not the address of a Dask scheduler ({error}); give it as {form}, e.g. {example}</source>
      <translation>{option} {address} : pas l'adresse d'un ordonnanceur Dask ({error}) ; donnez-la sous la forme {form}, par exemple {example}</translation>
    </message>
    <message>
      <location filename="../core/scaleout/distributed.py" line="259" />
      <source>cannot reach the Dask scheduler {scheduler} ({error}); check the address ({example}) and that the scheduler is running</source>
      <translation>impossible de joindre l'ordonnanceur Dask {scheduler} ({error}) ; vérifiez l'adresse ({example}) et que l'ordonnanceur est en marche</translation>
    </message>
    <message>
      <location filename="../core/scaleout/distributed.py" line="292" />
      <location filename="../core/scaleout/distributed.py" line="199" />
      <source>cancelled by the user; finished blocks are kept for {resume}</source>
      <translation>annulé par l'utilisateur ; les blocs terminés sont conservés pour {resume}</translation>
    </message>
    <message>
      <location filename="../core/scaleout/jobs.py" line="362" />
      <source>the target grid, dates and bands depend on the whole scan</source>
      <translation>la grille cible, les dates et les bandes dépendent de l'exploration complète</translation>
    </message>
    <message>
      <location filename="../core/scaleout/jobs.py" line="88" />
      <location filename="../core/scaleout/jobs.py" line="328" />
      <source>the input is a product folder, not a raster file</source>
      <translation>l'entrée est un dossier de produit, pas un fichier raster</translation>
    </message>
    <message>
      <location filename="../core/scaleout/jobs.py" line="119" />
      <source>an input is a folder or a list of files, not a stack</source>
      <translation>une entrée est un dossier ou une liste de fichiers, pas une pile</translation>
    </message>
    <message>
      <location filename="../core/scaleout/jobs.py" line="146" />
      <source>an input is a folder, not a stack</source>
      <translation>une entrée est un dossier, pas une pile</translation>
    </message>
    <message>
      <location filename="../core/scaleout/jobs.py" line="274" />
      <source>the guided methods fit the temperature-guide line on the whole input</source>
      <translation>les méthodes guidées ajustent la droite température-guide sur toute l'entrée</translation>
    </message>
    <message>
      <location filename="../core/scaleout/jobs.py" line="276" />
      <source>the input is not a raster file</source>
      <translation>l'entrée n'est pas un fichier raster</translation>
    </message>
    <message>
      <location filename="../core/scaleout/tiles_folder.py" line="104" />
      <source>{file} (changed since: size or modification time)</source>
      <translation>{file} (modifié depuis : taille ou date de modification)</translation>
    </message>
    <message>
      <location filename="../core/scaleout/tiles_folder.py" line="105" />
      <source>the outputs asked for</source>
      <translation>les sorties demandées</translation>
    </message>
    <message>
      <location filename="../core/scaleout/tiles_folder.py" line="105" />
      <source>the output grid</source>
      <translation>la grille de sortie</translation>
    </message>
    <message>
      <location filename="../core/scaleout/tiles_folder.py" line="106" />
      <source>the tiles format (another EO Latent version)</source>
      <translation>le format des tuiles (une autre version d'EO Latent)</translation>
    </message>
    <message>
      <location filename="../core/scaleout/tiles_folder.py" line="135" />
      <source>{option} {folder} is a file, not a folder; choose a new folder</source>
      <translation>{option} {folder} est un fichier, pas un dossier ; choisissez un nouveau dossier</translation>
    </message>
    <message>
      <location filename="../core/scaleout/tiles_folder.py" line="142" />
      <source>the tiles folder {folder} holds {file}, and is deleted after the run; choose a new folder for {option} (or leave it out: &lt;output&gt;.tiles)</source>
      <translation>le dossier de tuiles {folder} contient {file}, et il est supprimé après l'exécution ; choisissez un nouveau dossier pour {option} (ou omettez-le : &lt;output&gt;.tiles)</translation>
    </message>
    <message>
      <location filename="../core/scaleout/tiles_folder.py" line="146" />
      <source>the tiles folder {folder} already holds other files and is not the tiles folder of an earlier run; it would be deleted after the run: choose a new or empty folder for {option}</source>
      <translation>le dossier de tuiles {folder} contient déjà d'autres fichiers et n'est pas le dossier de tuiles d'une exécution précédente ; il serait supprimé après l'exécution : choisissez un dossier nouveau ou vide pour {option}</translation>
    </message>
    <message>
      <location filename="../core/scaleout/tiles_folder.py" line="61" />
      <source>the tiles folder {folder} holds the {count} finished blocks of an earlier run ({algorithm}: tiles kept for a {vrt} output or by {keep}, or a run stopped while assembling them); add {resume} to assemble them again without computing (refused where the inputs or parameters changed), or delete the folder or choose another {tiles_dir} to compute afresh</source>
      <translation>le dossier de tuiles {folder} contient les {count} blocs terminés d'une exécution précédente ({algorithm} : tuiles gardées pour une sortie {vrt} ou par {keep}, ou exécution arrêtée pendant leur assemblage) ; ajoutez {resume} pour les assembler de nouveau sans calcul (refusé si les entrées ou les paramètres ont changé), ou supprimez le dossier ou choisissez un autre {tiles_dir} pour tout recalculer</translation>
    </message>
    <message>
      <location filename="../core/scaleout/tiles_folder.py" line="68" />
      <source>the tiles folder {folder} holds the blocks of an earlier run ({algorithm}, {count} blocks, e.g. one that was interrupted); add {resume} to continue it and reuse its finished blocks, or delete the folder or choose another {tiles_dir} to start afresh</source>
      <translation>le dossier de tuiles {folder} contient les blocs d'une exécution précédente ({algorithm}, {count} blocs, par exemple une exécution interrompue) ; ajoutez {resume} pour la poursuivre et réutiliser ses blocs terminés, ou supprimez le dossier ou choisissez un autre {tiles_dir} pour repartir de zéro</translation>
    </message>
    <message>
      <location filename="../core/scaleout/tiles_folder.py" line="77" />
      <source>cannot resume: the tiles folder {folder} was made with other parameters or inputs (different: {different}); rerun with the original parameters, or delete the folder or choose another {tiles_dir} to start afresh</source>
      <translation>reprise impossible : le dossier de tuiles {folder} a été créé avec d'autres paramètres ou entrées (différents : {different}) ; relancez avec les paramètres d'origine, ou supprimez le dossier ou choisissez un autre {tiles_dir} pour repartir de zéro</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="138" />
      <source>stack incidence band</source>
      <translation>bande d'incidence de la pile</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="70" />
      <source>the S1 input is {what}, not sigma0 ({dates}). The network was trained on sigma0 (backscatter per unit ground area). gamma0 = sigma0 / cos(incidence) is normalised by the incidence angle (terrain-flattened gamma0 also by the local illuminated area): at 29–46° it reads 0.6–1.6 dB higher than sigma0, which the retrieval would turn into wetter soil. Calibrate to sigma0 (S1Tiling's default 'sigma' calibration, SNAP Calibrate with sigma0 output), or set {name} to run anyway (biased)</source>
      <translation>l'entrée S1 est en {what}, pas en sigma0 ({dates}). Le réseau a été entraîné sur sigma0 (rétrodiffusion par unité de surface au sol). gamma0 = sigma0 / cos(incidence) est normalisé par l'angle d'incidence (le gamma0 corrigé du relief l'est aussi par la surface éclairée locale) : entre 29 et 46° il est de 0,6 à 1,6 dB plus élevé que sigma0, ce que l'estimation traduirait en sol plus humide. Calibrez en sigma0 (calibration 'sigma' par défaut de S1Tiling, SNAP Calibrate avec sortie sigma0), ou activez {name} pour lancer quand même (biaisé)</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="137" />
      <source>{parameter} parameter ({value:g}°)</source>
      <translation>paramètre {parameter} ({value:g}°)</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="67" />
      <source>WARNING: {what} input ({dates}) used as if it were sigma0, as requested: soil moisture will be biased (overestimated for gamma0)</source>
      <translation>AVERTISSEMENT : entrée {what} ({dates}) utilisée comme si c'était du sigma0, comme demandé : l'humidité du sol sera biaisée (surestimée pour gamma0)</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="109" />
      <source>{name} = {value} is not an incidence angle in degrees (0–90)</source>
      <translation>{name} = {value} n'est pas un angle d'incidence en degrés (0–90)</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="111" />
      <source>{name} = {value} looks like radians; give degrees (e.g. 38)</source>
      <translation>{name} = {value} semble être en radians ; donnez des degrés (par exemple 38)</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="127" />
      <source>no incidence angle for S1 date(s) {dates}: the input has no incidence band; set {name} (local incidence angle in degrees; the model was trained on 29–46°) or use a stack with an incidence band per date</source>
      <translation>aucun angle d'incidence pour la ou les dates S1 {dates} : l'entrée n'a pas de bande d'incidence ; renseignez {name} (angle d'incidence local en degrés ; le modèle a été entraîné sur 29–46°) ou utilisez une pile avec une bande d'incidence par date</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="143" />
      <source>{count} date(s): {source}</source>
      <translation>{count} date(s) : {source}</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="204" />
      <source>{count} S1 date(s): {dates}; model {model}; execution provider: {provider}; vegetation: {vegetation}; incidence: {incidence}</source>
      <translation>{count} date(s) S1 : {dates} ; modèle {model} ; fournisseur d'exécution : {provider} ; végétation : {vegetation} ; incidence : {incidence}</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="171" />
      <source>{path} holds no Sentinel-1 date; pass a stack or dated S1 files</source>
      <translation>{path} ne contient aucune date Sentinel-1 ; passez une pile ou des fichiers S1 datés</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="174" />
      <source>the S1 input lacks {missing} (it has {polarisations}); the retrieval needs {first} and {second} (dual-polarisation IW)</source>
      <translation>il manque {missing} à l'entrée S1 (elle a {polarisations}) ; l'estimation a besoin de {first} et {second} (IW en double polarisation)</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="182" />
      <source>{name} = {value:g}° is outside the 29–46° the model was trained on: the moisture there is an extrapolation (quality flag 1)</source>
      <translation>{name} = {value:g}° est hors de la plage 29–46° sur laquelle le modèle a été entraîné : l'humidité y est une extrapolation (indicateur de qualité 1)</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="217" />
      <source>{path} where {file} has an LAI value</source>
      <translation>{path} là où {file} a une valeur de LAI</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="261" />
      <source>{percent:.1f} % of the retrieved pixel-dates take their LAI from more than {days} days away (the LAI dates nearer to them are cloudy or missing there): quality flag {flag}; their moisture is less sure than its 1σ says</source>
      <translation>{percent:.1f} % des couples pixel-date restitués prennent leur LAI à plus de {days} jours (les dates de LAI plus proches y sont nuageuses ou manquantes) : indicateur de qualité {flag} ; leur humidité est moins sûre que ne le dit son 1σ</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="95" />
      <source>the {bands} values of {file} look like linear sigma0 (all between 0 and 2) although the input says dB; convert them with 10·log10 (or fix the stack's {tag} tag)</source>
      <translation>les valeurs {bands} de {file} ressemblent à du sigma0 linéaire (toutes entre 0 et 2) alors que l'entrée indique des dB ; convertissez-les avec 10·log10 (ou corrigez l'étiquette {tag} de la pile)</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="193" />
      <source>S1 dates outside the LAI dates take the LAI of the nearest LAI date</source>
      <translation>les dates S1 hors des dates de LAI prennent le LAI de la date de LAI la plus proche</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/raster.py" line="197" />
      <source>{count} S1 date(s) ({dates}) lie more than {days} days from every LAI date, up to {gap} days: their LAI is held or interpolated across that gap, perhaps from another season; give LAI dates covering the S1 period</source>
      <translation>{count} date(s) S1 ({dates}) sont à plus de {days} jours de toute date de LAI, jusqu'à {gap} jours : leur LAI est maintenu ou interpolé sur cet écart, peut-être depuis une autre saison ; donnez des dates de LAI couvrant la période S1</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/retrieval.py" line="64" />
      <source>{bands} look like linear sigma0 (all values between 0 and 2), but {given}; pass {fix}, or convert with {formula}</source>
      <translation>{bands} ressemblent à du sigma0 linéaire (toutes les valeurs entre 0 et 2), mais {given} ; passez {fix}, ou convertissez avec {formula}</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/retrieval.py" line="68" />
      <source>{bands} have negative values, which linear sigma0 cannot have: they look like dB; pass {fix}</source>
      <translation>{bands} ont des valeurs négatives, ce que le sigma0 linéaire ne peut avoir : elles ressemblent à des dB ; passez {fix}</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/retrieval.py" line="93" />
      <source>incidence angles must be in degrees, between 0 and 90</source>
      <translation>les angles d'incidence doivent être en degrés, entre 0 et 90</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/retrieval.py" line="95" />
      <source>incidence angles are all below {limit:.2f}: they look like radians; pass degrees</source>
      <translation>les angles d'incidence sont tous inférieurs à {limit:.2f} : ils semblent être en radians ; passez des degrés</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="85" />
      <source>LAI raster {file} ({what})</source>
      <translation>raster de LAI {file} ({what})</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="169" />
      <source>LAI retrieved from the S2 stack {file} with model {models} ({count} date(s): {dates}; angles: {angles})</source>
      <translation>LAI estimé à partir de la pile S2 {file} avec le modèle {models} ({count} date(s) : {dates} ; angles : {angles})</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="207" />
      <source>constant LAI {value:g} m²/m² ({parameter}; a fallback: vegetation changes in space and time are ignored)</source>
      <translation>LAI constant {value:g} m²/m² ({parameter} ; solution de repli : les variations de la végétation dans l'espace et dans le temps sont ignorées)</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="89" />
      <source>; no LAI value on {dates}: the S1 dates around them take the LAI interpolated in time from the dates that have one</source>
      <translation> ; aucune valeur de LAI le {dates} : les dates S1 voisines prennent le LAI interpolé dans le temps entre les dates qui en ont une</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="192" />
      <source>{name} = {value} is not a leaf area index (0–15 m²/m²)</source>
      <translation>{name} = {value} n'est pas un indice de surface foliaire (0–15 m²/m²)</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="221" />
      <source>no vegetation term: give a LAI raster ({lai}, e.g. the output of {algorithm}), a Sentinel-2 stack ({s2}) or, as a fallback, a constant LAI ({value})</source>
      <translation>aucun terme de végétation : donnez un raster de LAI ({lai}, par exemple la sortie de {algorithm}), une pile Sentinel-2 ({s2}) ou, à défaut, un LAI constant ({value})</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="225" />
      <source>{used} is used; {ignored} ignored (order of preference: {order})</source>
      <translation>{used} est utilisé ; {ignored} ignoré (ordre de préférence : {order})</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="250" />
      <source>the LAI of {count} Sentinel-2 date(s) ({dates}) is retrieved under a sun zenith beyond the {trained:.1f}° the LAI model was trained on: it is extrapolated, and the soil moisture of the S1 dates that take it is less sure than its 1σ says; leave those dates out of the Sentinel-2 stack, or give a LAI raster ({lai})</source>
      <translation>le LAI de {count} date(s) Sentinel-2 ({dates}) est estimé sous un angle zénithal solaire au-delà des {trained:.1f}° sur lesquels le modèle de LAI a été entraîné : il est extrapolé, et l'humidité du sol des dates S1 qui le prennent est moins sûre que ne le dit son 1σ ; retirez ces dates de la pile Sentinel-2, ou donnez un raster de LAI ({lai})</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="51" />
      <source>the LAI raster {file} is not on the S1 grid (LAI: {grid}; S1: {s1_grid}); resample it to the S1 grid ({command}) or run {algorithm} on an S2 stack on that grid</source>
      <translation>le raster de LAI {file} n'est pas sur la grille S1 (LAI : {grid} ; S1 : {s1_grid}) ; rééchantillonnez-le sur la grille S1 ({command}) ou lancez {algorithm} sur une pile S2 sur cette grille</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="59" />
      <source>the LAI raster {file} holds {variables}, not LAI; pass the LAI output of {algorithm}</source>
      <translation>le raster de LAI {file} contient {variables}, pas du LAI ; passez la sortie LAI de {algorithm}</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="64" />
      <source>band(s) {bands} of the LAI raster {file} carry no date: give each band a {tag} tag (YYYY-MM-DD; {command}) or a description starting with the date, as {algorithm} writes them, or use a single-band LAI</source>
      <translation>la ou les bandes {bands} du raster de LAI {file} ne portent pas de date : donnez à chaque bande une étiquette {tag} (AAAA-MM-JJ ; {command}) ou une description commençant par la date, comme les écrit {algorithm}, ou utilisez un LAI à une seule bande</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="78" />
      <source>the LAI raster {file} holds no LAI value (every pixel is nodata/NaN); check its nodata value, or retrieve LAI again with {algorithm}</source>
      <translation>le raster de LAI {file} ne contient aucune valeur de LAI (chaque pixel est nodata/NaN) ; vérifiez sa valeur nodata, ou estimez à nouveau le LAI avec {algorithm}</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="137" />
      <source>the S2 stack {file} is not on the S1 grid (S2: {grid}; S1: {s1_grid}); build both stacks on one grid ({algorithm}) or resample one of them</source>
      <translation>la pile S2 {file} n'est pas sur la grille S1 (S2 : {grid} ; S1 : {s1_grid}) ; construisez les deux piles sur une même grille ({algorithm}) ou rééchantillonnez l'une d'elles</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="40" />
      <source>cannot open the LAI raster {path} (GDAL: {error})</source>
      <translation>impossible d'ouvrir le raster de LAI {path} (GDAL : {error})</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="46" />
      <source>the LAI raster {file} is {what}, not LAI; pass the LAI output of {algorithm} or {other}</source>
      <translation>le raster de LAI {file} est {what}, pas du LAI ; passez la sortie LAI de {algorithm} ou de {other}</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="85" />
      <source>one undated band, constant in time</source>
      <translation>une bande non datée, constante dans le temps</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="86" />
      <source>{count} date(s): {dates}</source>
      <translation>{count} date(s) : {dates}</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="143" />
      <source>the S2 stack {file} cannot give LAI: {error}</source>
      <translation>la pile S2 {file} ne peut pas fournir de LAI : {error}</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="47" />
      <source>, or give this stack as {name} ({option})</source>
      <translation>, ou donnez cette pile comme {name} ({option})</translation>
    </message>
    <message>
      <location filename="../core/soilmoisture/vegetation.py" line="151" />
      <source>the S2 stack {file}: {problem}; run {algorithm} on it with the angle parameters and pass its LAI output as {name}</source>
      <translation>la pile S2 {file} : {problem} ; lancez {algorithm} dessus avec les paramètres d'angle et passez sa sortie LAI comme {name}</translation>
    </message>
    <message>
      <location filename="../core/superres/aggregate.py" line="21" />
      <source>array {height}×{width} is not a whole number of {factor}×{factor} blocks</source>
      <translation>le tableau {height}×{width} n'est pas un nombre entier de blocs {factor}×{factor}</translation>
    </message>
    <message>
      <location filename="../core/superres/guide_input.py" line="121" />
      <source>{file} (single band, used as the vegetation index)</source>
      <translation>{file} (une seule bande, prise comme indice de végétation)</translation>
    </message>
    <message>
      <location filename="../core/superres/guide_input.py" line="194" />
      <source>NDVI of the Sentinel-2 stack {file} ({nir}, {red}; median of {count} date(s): {dates})</source>
      <translation>NDVI de la pile Sentinel-2 {file} ({nir}, {red} ; médiane de {count} date(s) : {dates})</translation>
    </message>
    <message>
      <location filename="../core/superres/guide_input.py" line="71" />
      <source>the guide {file} is in another CRS ({crs}) than the LST input ({input_crs}); warp it onto the fine grid first ({command})</source>
      <translation>le guide {file} est dans un autre SCR ({crs}) que l'entrée LST ({input_crs}) ; reprojetez-le d'abord sur la grille fine ({command})</translation>
    </message>
    <message>
      <location filename="../core/superres/guide_input.py" line="82" />
      <source>a guide resampled to that pixel ({command})</source>
      <translation>un guide rééchantillonné à ce pixel ({command})</translation>
    </message>
    <message>
      <location filename="../core/superres/guide_input.py" line="83" />
      <source>the {parameter} does not match the guide: with {parameter} {factor} the fine pixel is {width:.6g} × {height:.6g}, but the guide {file} has {guide_width:.6g} × {guide_height:.6g} pixels (input pixel / {ratio:.3g}); choose {hint}</source>
      <translation>{parameter} ne correspond pas au guide : avec {parameter} {factor}, le pixel fin mesure {width:.6g} × {height:.6g}, mais le guide {file} a des pixels de {guide_width:.6g} × {guide_height:.6g} (pixel d'entrée / {ratio:.3g}) ; choisissez {hint}</translation>
    </message>
    <message>
      <location filename="../core/superres/guide_input.py" line="89" />
      <source>the guide {file} is not a north-up raster; warp it ({command})</source>
      <translation>le guide {file} n'est pas un raster orienté nord en haut ; reprojetez-le ({command})</translation>
    </message>
    <message>
      <location filename="../core/superres/guide_input.py" line="96" />
      <source>the guide {file} does not overlap the LST input at all (guide extent {guide_extent}; input {input_extent}); give a guide of the same area</source>
      <translation>le guide {file} ne recouvre pas du tout l'entrée LST (emprise du guide {guide_extent} ; entrée {input_extent}) ; donnez un guide de la même zone</translation>
    </message>
    <message>
      <location filename="../core/superres/guide_input.py" line="102" />
      <source>the guide {file} is not aligned with the fine grid (offset {dx:+.2f}, {dy:+.2f} fine pixels); warp it with {command}</source>
      <translation>le guide {file} n'est pas aligné sur la grille fine (décalage {dx:+.2f}, {dy:+.2f} pixels fins) ; reprojetez-le avec {command}</translation>
    </message>
    <message>
      <location filename="../core/superres/guide_input.py" line="108" />
      <source>the guide {file} does not cover the LST input (guide extent {guide_extent}; input {input_extent}); give a guide over the whole input, or clip the input</source>
      <translation>le guide {file} ne couvre pas l'entrée LST (emprise du guide {guide_extent} ; entrée {input_extent}) ; donnez un guide sur toute l'entrée, ou découpez l'entrée</translation>
    </message>
    <message>
      <location filename="../core/superres/guide_input.py" line="30" />
      <source>cannot open the guide {path} (GDAL: {error}); the file is missing, truncated or not a raster: give a single-band NDVI GeoTIFF or a Sentinel-2 stack</source>
      <translation>impossible d'ouvrir le guide {path} (GDAL : {error}) ; le fichier est absent, tronqué ou n'est pas un raster : donnez un GeoTIFF NDVI à une bande ou une pile Sentinel-2</translation>
    </message>
    <message>
      <location filename="../core/superres/guide_input.py" line="142" />
      <source>the guide {file} holds values {low:.4g} … {high:.4g} (1st–99th percentile), not a vegetation index (NDVI lies in −1 … 1); give an NDVI raster (a scaled one with its scale factor in its metadata, e.g. {example}; a fill value such as −9999 declared as nodata, e.g. {nodata_example}), or a Sentinel-2 stack with {red} and {nir}</source>
      <translation>le guide {file} contient des valeurs de {low:.4g} à {high:.4g} (1er–99e centile), ce n'est pas un indice de végétation (le NDVI est compris entre −1 et 1) ; donnez un raster NDVI (s'il est mis à l'échelle, avec son facteur d'échelle dans ses métadonnées, par exemple {example} ; une valeur de remplissage comme −9999 déclarée comme nodata, par exemple {nodata_example}), ou une pile Sentinel-2 avec {red} et {nir}</translation>
    </message>
    <message>
      <location filename="../core/superres/guide_input.py" line="187" />
      <source>the Sentinel-2 guide {file} lacks {missing}; NDVI needs {red} and {nir}</source>
      <translation>il manque {missing} au guide Sentinel-2 {file} ; le NDVI a besoin de {red} et {nir}</translation>
    </message>
    <message>
      <location filename="../core/superres/guide_input.py" line="180" />
      <source>the guide {file} has {count} bands but is not a Sentinel-2 stack ({error}); give a single-band NDVI raster, or a Sentinel-2 stack with {red} and {nir}</source>
      <translation>le guide {file} a {count} bandes mais n'est pas une pile Sentinel-2 ({error}) ; donnez un raster de NDVI à une bande, ou une pile Sentinel-2 avec {red} et {nir}</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="61" />
      <source>cannot read the LST input {path}: its source file {source} does not exist (GDAL: {error}); restore that file or rebuild the input (e.g. {command})</source>
      <translation>impossible de lire l'entrée LST {path} : son fichier source {source} n'existe pas (GDAL : {error}) ; restaurez ce fichier ou reconstruisez l'entrée (par ex. {command})</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="65" />
      <source>cannot read the guide {path} (GDAL: {error}); the file is truncated or corrupt - download or export it again</source>
      <translation>impossible de lire le guide {path} (GDAL : {error}) ; le fichier est tronqué ou corrompu - téléchargez-le ou exportez-le de nouveau</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="58" />
      <source>cannot read the guide {path}: its source file {source} does not exist (GDAL: {error}); restore that file or rebuild the guide (e.g. {command})</source>
      <translation>impossible de lire le guide {path} : son fichier source {source} n'existe pas (GDAL : {error}) ; restaurez ce fichier ou reconstruisez le guide (par ex. {command})</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="166" />
      <source>band {number}</source>
      <translation>bande {number}</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="167" />
      <location filename="../core/superres/units.py" line="85" />
      <source>MODIS raw DN × 0.02, fill 0</source>
      <translation>DN bruts MODIS × 0,02, remplissage 0</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="96" />
      <source>unknown input kind {kind}; one of {kinds}</source>
      <translation>type d'entrée inconnu {kind} ; l'un de {kinds}</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="128" />
      <source>Sentinel-2 band {band} (reflectance)</source>
      <translation>la bande Sentinel-2 {band} (réflectance)</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="129" />
      <source>{file} is {what}, not a land-surface temperature; give a coarse LST raster (MODIS MOD11A1 {band} or a single-band LST in Kelvin)</source>
      <translation>{file} est {what}, pas une température de surface ; donnez un raster LST grossier (MODIS MOD11A1 {band} ou une LST à une bande en kelvins)</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="151" />
      <source>{file} has no coordinate reference system; assign one ({command})</source>
      <translation>{file} n'a pas de système de coordonnées de référence ; attribuez-lui en un ({command})</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="154" />
      <source>{file} is rotated; warp it to a north-up grid first ({command})</source>
      <translation>{file} est tourné ; reprojetez-le d'abord sur une grille orientée nord en haut ({command})</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="102" />
      <source>cannot open the LST input {path} (GDAL: {error}); the file is missing, truncated or not a raster: give a land-surface temperature GeoTIFF (e.g. MODIS MOD11A1)</source>
      <translation>impossible d'ouvrir l'entrée LST {path} (GDAL : {error}) ; le fichier est absent, tronqué ou n'est pas un raster : donnez un GeoTIFF de température de surface (par exemple MODIS MOD11A1)</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="110" />
      <source>{parameter} {band} does not exist: {file} has {count} band(s), numbered from 1</source>
      <translation>{parameter} {band} n'existe pas : {file} a {count} bande(s), numérotées à partir de 1</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="135" />
      <source>{parameter} {band} of {file} is {layer}, a MODIS layer that is not a temperature; choose the land-surface temperature band</source>
      <translation>{parameter} {band} de {file} est {layer}, une couche MODIS qui n'est pas une température ; choisissez la bande de température de surface</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="168" />
      <source>, QC from {band}</source>
      <translation>, QC d'après {band}</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="118" />
      <source>{file} has {count} bands and none is named {band}: say which band holds the land-surface temperature ({parameter}), or give a single-band LST raster</source>
      <translation>{file} a {count} bandes et aucune ne s'appelle {band} : indiquez quelle bande contient la température de surface ({parameter}), ou donnez un raster LST à une bande</translation>
    </message>
    <message>
      <location filename="../core/superres/lst_input.py" line="138" />
      <source>{layer}: band {band}</source>
      <translation>{layer} : bande {band}</translation>
    </message>
    <message>
      <location filename="../core/superres/methods.py" line="97" />
      <source>unknown method {method}; one of {methods}</source>
      <translation>méthode inconnue {method} ; l'une de {methods}</translation>
    </message>
    <message>
      <location filename="../core/superres/metrics.py" line="32" />
      <source>no pixel to evaluate</source>
      <translation>aucun pixel à évaluer</translation>
    </message>
    <message>
      <location filename="../core/superres/run_checks.py" line="139" />
      <source>guide: {guide}; coarse line T = {a:.2f} + {b:.2f}·G K, r² = {r2:.2f} over {count} coarse pixels</source>
      <translation>guide : {guide} ; droite grossière T = {a:.2f} + {b:.2f}·G K, r² = {r2:.2f} sur {count} pixels grossiers</translation>
    </message>
    <message>
      <location filename="../core/superres/run_checks.py" line="158" />
      <source>{percent:.1f} % of the guide values under valid LST pixels are exactly 0, read as a guide value: if 0 is a fill value not declared as nodata (the edge of a Sentinel-2 tile, an empty export), declare it ({command}); if it is a real value of the guide (a cover fraction of 0), ignore this</source>
      <translation>{percent:.1f} % des valeurs du guide sous les pixels LST valides valent exactement 0, lues comme valeur du guide : si 0 est une valeur de remplissage non déclarée comme nodata (le bord d'une tuile Sentinel-2, un export vide), déclarez-la ({command}) ; si c'est une vraie valeur du guide (une fraction de couvert nulle), ignorez ceci</translation>
    </message>
    <message>
      <location filename="../core/superres/run_checks.py" line="112" />
      <source>the guide has no value under the valid LST pixels: check that it covers the cloud-free part of the input</source>
      <translation>le guide n'a aucune valeur sous les pixels LST valides : vérifiez qu'il couvre la partie sans nuages de l'entrée</translation>
    </message>
    <message>
      <location filename="../core/superres/run_checks.py" line="124" />
      <source>{count} pixel(s) of the input lie outside the valid LST range {low:g}–{high:g} K (from {coldest:.1f} to {hottest:.1f} K) and were made nodata; check them: a fire, a fill value not declared as nodata, or wrong units</source>
      <translation>{count} pixel(s) de l'entrée sont hors de la plage LST valide {low:g}–{high:g} K (de {coldest:.1f} à {hottest:.1f} K) et ont été mis à nodata ; vérifiez-les : un feu, une valeur de remplissage non déclarée comme nodata, ou de mauvaises unités</translation>
    </message>
    <message>
      <location filename="../core/superres/run_checks.py" line="131" />
      <source>{count} isolated coarse pixel(s) differ from the median of their valid neighbours by more than {limit:g} K ({where}): likely cloud contamination or a bad retrieval; check the input's QC and cloud mask. The output keeps each coarse value (conservation), so such a pixel's block and the blocks around it inherit the anomaly</source>
      <translation>{count} pixel(s) grossier(s) isolé(s) diffèrent de la médiane de leurs voisins valides de plus de {limit:g} K ({where}) : probablement une contamination nuageuse ou une mauvaise inversion ; vérifiez le QC et le masque de nuages de l'entrée. La sortie conserve chaque valeur grossière (conservation), donc le bloc d'un tel pixel et les blocs voisins héritent de l'anomalie</translation>
    </message>
    <message>
      <location filename="../core/superres/run_checks.py" line="142" />
      <source>the temperature–guide line is fitted on only {count} coarse pixels (r² = {r2:.2f}), fewer than {minimum}: its slope is unreliable, yet it sharpens the whole image; check the result, or choose the single-image CNN (cnn_single) or bicubic</source>
      <translation>la droite température–guide n'est ajustée que sur {count} pixels grossiers (r² = {r2:.2f}), moins de {minimum} : sa pente n'est pas fiable, et pourtant elle affine toute l'image ; vérifiez le résultat, ou choisissez le CNN mono-image (cnn_single) ou bicubic</translation>
    </message>
    <message>
      <location filename="../core/superres/run_checks.py" line="147" />
      <source>WARNING: the guide explains less than 10 % of the coarse temperature variance; guided sharpening adds little (the guided CNN then stays close to the single-image one)</source>
      <translation>ATTENTION : le guide explique moins de 10 % de la variance de la température grossière ; l'affinage guidé apporte peu (le CNN guidé reste alors proche du CNN mono-image)</translation>
    </message>
    <message>
      <location filename="../core/superres/run_checks.py" line="151" />
      <source>the guide has no value under {percent:.1f} % of the valid LST pixels' fine pixels; there a fine pixel takes the mean guide value of its coarse pixel, or the guide mean of the fit (G = {mean:.3f}) where its coarse pixel has none, so those areas get no guide detail (TsHARP gives the coarse temperature there); give a guide that covers the input's valid pixels</source>
      <translation>le guide n'a pas de valeur sous {percent:.1f} % des pixels fins des pixels LST valides ; là, un pixel fin prend la valeur moyenne du guide de son pixel grossier, ou la moyenne du guide de l'ajustement (G = {mean:.3f}) là où son pixel grossier n'en a pas, ces zones n'ont donc aucun détail du guide (TsHARP y donne la température grossière) ; fournissez un guide qui couvre les pixels valides de l'entrée</translation>
    </message>
    <message>
      <location filename="../core/superres/run_checks.py" line="163" />
      <source> (the line over the coarse pixels without any 0 has r² = {clean:.2f}, against {r2:.2f})</source>
      <translation> (la droite sur les pixels grossiers sans aucun 0 a r² = {clean:.2f}, contre {r2:.2f})</translation>
    </message>
    <message>
      <location filename="../core/superres/run_checks.py" line="183" />
      <source>output: {width} × {height} pixels ({mpx:.1f} Mpx), {size} as float32 before compression</source>
      <translation>sortie : {width} × {height} pixels ({mpx:.1f} Mpx), {size} en float32 avant compression</translation>
    </message>
    <message>
      <location filename="../core/superres/run_checks.py" line="191" />
      <source>{folder} has {free} free, but the output needs about {need} even compressed ({size} before compression); free some space, write elsewhere, or clip the input</source>
      <translation>{folder} a {free} libres, mais la sortie demande environ {need} même compressée ({size} avant compression) ; libérez de la place, écrivez ailleurs ou découpez l'entrée</translation>
    </message>
    <message>
      <location filename="../core/superres/run_checks.py" line="110" />
      <source>too few valid LST pixels ({count}) to fit the temperature–guide line (3 at least); choose the single-image CNN (cnn_single) or bicubic</source>
      <translation>trop peu de pixels LST valides ({count}) pour ajuster la droite température–guide (3 au moins) ; choisissez le CNN mono-image (cnn_single) ou bicubic</translation>
    </message>
    <message>
      <location filename="../core/superres/run_checks.py" line="129" />
      <source>row {row}, column {col}: {value:.1f} K against {median:.1f} K</source>
      <translation>ligne {row}, colonne {col} : {value:.1f} K contre {median:.1f} K</translation>
    </message>
    <message>
      <location filename="../core/superres/run_checks.py" line="186" />
      <source>{folder} has {free} free, less than the output's {size} before compression; the run may fail for lack of space</source>
      <translation>{folder} a {free} libres, moins que les {size} de la sortie avant compression ; l'exécution peut échouer faute d'espace</translation>
    </message>
    <message>
      <location filename="../core/superres/superres_raster.py" line="72" />
      <source>{parameter} {factor} is not offered; choose 2, 4 or 8</source>
      <translation>{parameter} {factor} n'est pas proposé ; choisissez 2, 4 ou 8</translation>
    </message>
    <message>
      <location filename="../core/superres/superres_raster.py" line="75" />
      <source>unknown {parameter} {method}; one of {methods}</source>
      <translation>{parameter} inconnu {method} ; l'un de {methods}</translation>
    </message>
    <message>
      <location filename="../core/superres/superres_raster.py" line="80" />
      <source>{parameter} {method} needs a {guide_parameter} (a fine NDVI raster, or a Sentinel-2 stack on the fine grid); give one, or choose the single-image CNN or bicubic</source>
      <translation>{parameter} {method} demande un {guide_parameter} (un raster de NDVI fin, ou une pile Sentinel-2 sur la grille fine) ; donnez-en un, ou choisissez le CNN mono-image ou le bicubique</translation>
    </message>
    <message>
      <location filename="../core/superres/superres_raster.py" line="99" />
      <source>{file} holds no valid LST pixel (all fill, cloud, sea or bad quality); choose another scene</source>
      <translation>{file} ne contient aucun pixel LST valide (tout en remplissage, nuage, mer ou mauvaise qualité) ; choisissez une autre scène</translation>
    </message>
    <message>
      <location filename="../core/superres/superres_raster.py" line="92" />
      <source>{guide_parameter} ignored: {parameter} {method} does not use a guide</source>
      <translation>{guide_parameter} ignoré : {parameter} {method} n'utilise pas de guide</translation>
    </message>
    <message>
      <location filename="../core/superres/superres_raster.py" line="105" />
      <source>input: {input}; {percent:.1f} % valid pixels; method {method}, ×{factor}, conservation on</source>
      <translation>entrée : {input} ; {percent:.1f} % de pixels valides ; méthode {method}, ×{factor}, conservation activée</translation>
    </message>
    <message>
      <location filename="../core/superres/superres_raster.py" line="107" />
      <source>input: {input}; {percent:.1f} % valid pixels; method {method}, ×{factor}, conservation off</source>
      <translation>entrée : {input} ; {percent:.1f} % de pixels valides ; méthode {method}, ×{factor}, conservation désactivée</translation>
    </message>
    <message>
      <location filename="../core/superres/superres_raster.py" line="109" />
      <source>; model {model} on {provider}</source>
      <translation> ; modèle {model} sur {provider}</translation>
    </message>
    <message>
      <location filename="../core/superres/tsharp.py" line="28" />
      <source>fewer than 3 valid coarse pixels with a guide value: TsHARP cannot fit its temperature–vegetation line; use bicubic or a larger input</source>
      <translation>moins de 3 pixels grossiers valides avec une valeur de guide : TsHARP ne peut pas ajuster sa droite température–végétation ; utilisez le bicubique ou une entrée plus grande</translation>
    </message>
    <message>
      <location filename="../core/superres/units.py" line="38" />
      <source>; its raw values (median {raw:.6g}) × {scale:g} give {kelvin:.1f} K: if the file holds Kelvin × {inverse:g} as whole numbers, declare that scale in its metadata (e.g. {command})</source>
      <translation> ; ses valeurs brutes (médiane {raw:.6g}) × {scale:g} donnent {kelvin:.1f} K : si le fichier contient des Kelvin × {inverse:g} en nombres entiers, déclarez cette échelle dans ses métadonnées (par ex. {command})</translation>
    </message>
    <message>
      <location filename="../core/superres/units.py" line="65" />
      <source>{file} holds only {count} distinct whole numbers ({values}): it looks like a class map (e.g. land cover), not a land-surface temperature; give a coarse LST raster in Kelvin (or MODIS MOD11A1 {band})</source>
      <translation>{file} ne contient que {count} nombres entiers distincts ({values}) : il ressemble à une carte de classes (par ex. d'occupation du sol), pas à une température de surface ; donnez un raster LST grossier en Kelvin (ou MODIS MOD11A1 {band})</translation>
    </message>
    <message>
      <location filename="../core/superres/units.py" line="70" />
      <source>{file}: its values lie in 0–1.5 (median {median:.3g}): a reflectance, an index or a fraction, not a land-surface temperature; give a coarse LST raster in Kelvin (or MODIS MOD11A1 {band})</source>
      <translation>{file} : ses valeurs sont dans 0–1,5 (médiane {median:.3g}) : une réflectance, un indice ou une fraction, pas une température de surface ; donnez un raster LST grossier en kelvins (ou MODIS MOD11A1 {band})</translation>
    </message>
    <message>
      <location filename="../core/superres/units.py" line="78" />
      <source>{file} looks like °C (median {median:.1f}); convert it to Kelvin (+273.15)</source>
      <translation>{file} semble être en °C (médiane {median:.1f}) ; convertissez-le en kelvins (+273,15)</translation>
    </message>
    <message>
      <location filename="../core/superres/units.py" line="75" />
      <source>{file} looks like °C (median {median:.1f}) although its units are set to Kelvin; the setting does not convert: convert the raster to Kelvin (+273.15)</source>
      <translation>{file} semble être en °C (médiane {median:.1f}) bien que ses unités soient réglées sur Kelvin ; ce réglage ne convertit pas : convertissez le raster en Kelvin (+273,15)</translation>
    </message>
    <message>
      <location filename="../core/superres/units.py" line="82" />
      <source>{file}: median value {median:.4g} is not a temperature in Kelvin as read ({kind}); set the input units (Kelvin, or MODIS raw DN × 0.02 with fill 0)</source>
      <translation>{file} : la valeur médiane {median:.4g} n'est pas une température en kelvins telle que lue ({kind}) ; indiquez les unités de l'entrée (kelvins, ou DN bruts MODIS × 0,02 avec valeur de remplissage 0)</translation>
    </message>
    <message>
      <location filename="../core/textquery/features.py" line="29" />
      <source>expected reflectance [dates, {count} bands, ...], got shape {shape}</source>
      <translation>réflectance attendue [dates, {count} bandes, ...], forme reçue {shape}</translation>
    </message>
    <message>
      <location filename="../core/textquery/image_cache.py" line="124" />
      <source>the image features of this input ({pixels} px) exceed the {limit:.0f} MB cache limit: computed for this run only</source>
      <translation>les caractéristiques image de cette entrée ({pixels} px) dépassent la limite de cache de {limit:.0f} Mo : calculées pour cette exécution seulement</translation>
    </message>
    <message>
      <location filename="../core/textquery/image_cache.py" line="142" />
      <source>image features cover {done} of {total} pixels</source>
      <translation>les caractéristiques image couvrent {done} pixels sur {total}</translation>
    </message>
    <message>
      <location filename="../core/textquery/image_cache.py" line="134" />
      <source>text query cancelled</source>
      <translation>requête textuelle annulée</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="47" />
      <source>text-query model {model}: the Slovenia-trained Sentinel-2 model (the multi-region one is not installed); it reads {bands} at each date and the day of the year</source>
      <translation>modèle de requête textuelle {model} : le modèle Sentinel-2 entraîné en Slovénie (le modèle multirégional n'est pas installé) ; il lit {bands} à chaque date et le jour de l'année</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="129" />
      <source>build the stack with them ({algorithm}), or encode it with {encoder} (it masks missing bands) and query that latent</source>
      <translation>construisez la pile avec elles ({algorithm}), ou encodez-la avec {encoder} (il masque les bandes manquantes) et interrogez ce latent</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="154" />
      <source>build the stack again with {algorithm} after moving the files of those dates out of the Sentinel-2 folder, or encode it with {encoder} (it masks missing bands) and query that latent</source>
      <translation>reconstruisez la pile avec {algorithm} après avoir sorti les fichiers de ces dates du dossier Sentinel-2, ou encodez-la avec {encoder} (il masque les bandes manquantes) et interrogez ce latent</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="164" />
      <source>the input has no CRS, so its hemisphere is unknown: its dates are read with the northern seasons; if it lies south of {south:g}° S, assign its CRS (Raster ▸ Projections ▸ Assign Projection, or gdal_edit.py -a_srs) and run again</source>
      <translation>l'entrée n'a pas de SCR, son hémisphère est donc inconnu : ses dates sont lues avec les saisons du nord ; si elle se trouve au sud de {south:g}° S, attribuez-lui son SCR (Raster ▸ Projections ▸ Assigner une projection, ou gdal_edit.py -a_srs) et relancez</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="37" />
      <source>text-query model {model}: the model file given ({file})</source>
      <translation>modèle de requête textuelle {model} : le fichier de modèle donné ({file})</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="40" />
      <source>text-query model {model}: the one trained on latents of {encoder} (the latent's embedding space)</source>
      <translation>modèle de requête textuelle {model} : celui entraîné sur les latents de {encoder} (l'espace de plongement du latent)</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="44" />
      <source>text-query model {model}: the multi-region Sentinel-2 model (trained on labelled series of several regions; the best held-out score of the installed models); it reads {bands} at each date and the day of the year</source>
      <translation>modèle de requête textuelle {model} : le modèle Sentinel-2 multirégional (entraîné sur des séries étiquetées de plusieurs régions ; le meilleur score sur données réservées des modèles installés) ; il lit {bands} à chaque date et le jour de l'année</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="151" />
      <source>build the stack again with {algorithm} {start}={first} {end}={last}, which leaves them out, or encode it with {encoder} (it masks missing bands) and query that latent</source>
      <translation>reconstruisez la pile avec {algorithm} {start}={first} {end}={last}, qui les laisse de côté, ou encodez-la avec {encoder} (il masque les bandes manquantes) et interrogez ce latent</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="181" />
      <source>the scene lies in the southern hemisphere (centre latitude {lat:.1f}°): its dates are read half a year on ({days} days), as the seasons of the regions the text-query models learnt from (north of {south:g}° S)</source>
      <translation>la scène est dans l'hémisphère sud (latitude du centre {lat:.1f}°) : ses dates sont lues avec six mois de décalage ({days} jours), comme les saisons des régions dont les modèles de requête textuelle ont appris (au nord de {south:g}° S)</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="80" />
      <source>not read by this model: {unused} (it reads {bands})</source>
      <translation>non lues par ce modèle : {unused} (il lit {bands})</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="83" />
      <source>Sentinel-1 bands {bands} in the input are not used: the Sentinel-2 model reads Sentinel-2 only. To use them, encode the Sentinel-2 and Sentinel-1 stacks with {command} and query the latent raster</source>
      <translation>les bandes Sentinel-1 {bands} de l'entrée ne sont pas utilisées : le modèle Sentinel-2 ne lit que Sentinel-2. Pour les utiliser, encodez les piles Sentinel-2 et Sentinel-1 avec {command} et interrogez le raster latent</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="93" />
      <source>{band}: not in the input, and not needed by this model</source>
      <translation>{band} : absente de l'entrée, et inutile pour ce modèle</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="95" />
      <source>{count} date(s) read, {first} … {last}</source>
      <translation>{count} date(s) lue(s), {first} … {last}</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="96" />
      <source>no date read</source>
      <translation>aucune date lue</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="114" />
      <source>no valid pixel on {count} of {total} date(s): {dates} (nodata, NaN or cloud everywhere)</source>
      <translation>aucun pixel valide sur {count} des {total} date(s) : {dates} (nodata, NaN ou nuage partout)</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="117" />
      <source>fewer than half the pixels valid on {count} date(s): {dates} (the others nodata, NaN or cloud)</source>
      <translation>moins de la moitié des pixels valides sur {count} date(s) : {dates} (les autres nodata, NaN ou nuage)</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="138" />
      <source>{file} lacks band(s) {missing} (it has {bands}); the text-query model {model} needs {needed}</source>
      <translation>il manque à {file} la ou les bande(s) {missing} (il contient {bands}) ; le modèle de requête textuelle {model} a besoin de {needed}</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="88" />
      <source>band(s) not recognised, not read: {bands} (Sentinel-2 bands are named B01 … B12, cloud masks VALID, CLOUD, CLM or SCL)</source>
      <translation>bande(s) non reconnue(s), non lue(s) : {bands} (les bandes Sentinel-2 se nomment B01 … B12, les masques de nuages VALID, CLOUD, CLM ou SCL)</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="132" />
      <source>{file}: {count} of {total} date(s) lack band(s) the text-query model {model} needs ({needed}): {dates}; the other dates have them</source>
      <translation>{file} : {count} des {total} date(s) n'ont pas des bandes dont le modèle de requête textuelle {model} a besoin ({needed}) : {dates} ; les autres dates les ont</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="176" />
      <source>the input's CRS cannot be placed on the globe, so its hemisphere is unknown: its dates are read with the northern seasons; if it lies south of {south:g}° S, give it a standard CRS (an EPSG code) and run again</source>
      <translation>le SCR de l'entrée ne peut pas être placé sur le globe, son hémisphère est donc inconnu : ses dates sont lues avec les saisons du nord ; si elle se trouve au sud de {south:g}° S, donnez-lui un SCR standard (un code EPSG) et relancez</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="269" />
      <source>{count} of {total} pixel(s) ({percent:.1f} %) rest on fewer than {few} valid date(s): their probabilities come from little data (the quality output counts them per pixel)</source>
      <translation>{count} pixel(s) sur {total} ({percent:.1f} %) reposent sur moins de {few} date(s) valide(s) : leurs probabilités viennent de peu de données (la sortie de qualité les compte par pixel)</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="89" />
      <source>{band} (Earth Engine's cloud bits) is not used as a cloud mask: export the mask as a band named CLOUD (nonzero = cloud)</source>
      <translation>{band} (les bits de nuages d'Earth Engine) ne sert pas de masque de nuages : exportez le masque dans une bande nommée CLOUD (non nul = nuage)</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="226" />
      <source>valid date(s) per pixel (clear, not nodata), out of {steps}: median {median:.0f}, min {min}, max {max} over the {pixels} pixel(s) with any</source>
      <translation>date(s) valide(s) par pixel (claires, hors nodata), sur {steps} : médiane {median:.0f}, min {min}, max {max} sur les {pixels} pixel(s) qui en ont</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="228" />
      <source>month(s) with a clear Sentinel-2 observation per pixel, out of {steps}: median {median:.0f}, min {min}, max {max} over the {pixels} pixel(s) with any</source>
      <translation>mois avec une observation Sentinel-2 claire par pixel, sur {steps} : médiane {median:.0f}, min {min}, max {max} sur les {pixels} pixel(s) qui en ont</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="230" />
      <source>clear Sentinel-2 date(s) behind each pixel's latent: median {median:.0f}, min {min}, max {max} over the {pixels} pixel(s) with any</source>
      <translation>dates Sentinel-2 claires derrière le latent de chaque pixel : médiane {median:.0f}, min {min}, max {max} sur les {pixels} pixel(s) qui en ont</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="232" />
      <source>valid latent window(s) per pixel (clear, not nodata), out of {steps}: median {median:.0f}, min {min}, max {max} over the {pixels} pixel(s) with any</source>
      <translation>fenêtre(s) latente(s) valide(s) par pixel (claires, hors nodata), sur {steps} : médiane {median:.0f}, min {min}, max {max} sur les {pixels} pixel(s) qui en ont</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="255" />
      <source>the input holds {steps} date(s) only: every probability rests on fewer than {few} dates (the text-query models learnt from series of several months)</source>
      <translation>l'entrée ne contient que {steps} date(s) : chaque probabilité repose sur moins de {few} dates (les modèles de requête textuelle ont appris sur des séries de plusieurs mois)</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="258" />
      <source>the latent covers {steps} month(s) only: every probability rests on fewer than {few} months (the text-query models learnt from series of several months)</source>
      <translation>le latent ne couvre que {steps} mois : chaque probabilité repose sur moins de {few} mois (les modèles de requête textuelle ont appris sur des séries de plusieurs mois)</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="261" />
      <source>the latent holds {steps} window(s) only: every probability rests on fewer than {few} windows (the text-query models learnt from series of several months)</source>
      <translation>le latent ne contient que {steps} fenêtre(s) : chaque probabilité repose sur moins de {few} fenêtres (les modèles de requête textuelle ont appris sur des séries de plusieurs mois)</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="239" />
      <source>{count} of {total} pixel(s) ({percent:.1f} %) have no valid date: NaN in the map</source>
      <translation>{count} pixel(s) sur {total} ({percent:.1f} %) n'ont aucune date valide : NaN dans la carte</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="241" />
      <source>{count} of {total} pixel(s) ({percent:.1f} %) have no month with a clear Sentinel-2 observation: NaN in the map (the text-query models learnt from optical observations)</source>
      <translation>{count} pixel(s) sur {total} ({percent:.1f} %) n'ont aucun mois avec une observation Sentinel-2 claire : NaN dans la carte (les modèles de requête textuelle ont appris sur des observations optiques)</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="244" />
      <source>{count} of {total} pixel(s) ({percent:.1f} %) have no clear Sentinel-2 date behind their latent: NaN in the map (the text-query models learnt from optical observations)</source>
      <translation>{count} pixel(s) sur {total} ({percent:.1f} %) n'ont aucune date Sentinel-2 claire derrière leur latent : NaN dans la carte (les modèles de requête textuelle ont appris sur des observations optiques)</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="247" />
      <source>{count} of {total} pixel(s) ({percent:.1f} %) have no valid latent window: NaN in the map</source>
      <translation>{count} pixel(s) sur {total} ({percent:.1f} %) n'ont aucune fenêtre latente valide : NaN dans la carte</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="272" />
      <source>{count} of {total} pixel(s) ({percent:.1f} %) rest on fewer than {few} month(s) with a clear Sentinel-2 observation: their probabilities come from little data (the quality output counts them per pixel)</source>
      <translation>{count} pixel(s) sur {total} ({percent:.1f} %) reposent sur moins de {few} mois avec une observation Sentinel-2 claire : leurs probabilités viennent de peu de données (la sortie qualité les compte par pixel)</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="275" />
      <source>{count} of {total} pixel(s) ({percent:.1f} %) rest on fewer than {few} valid latent window(s): their probabilities come from little data (the quality output counts them per pixel)</source>
      <translation>{count} pixel(s) sur {total} ({percent:.1f} %) reposent sur moins de {few} fenêtre(s) latente(s) valide(s) : leurs probabilités viennent de peu de données (la sortie de qualité les compte par pixel)</translation>
    </message>
    <message>
      <location filename="../core/textquery/input_report.py" line="135" />
      <source>{date} lacks {missing}</source>
      <translation>{date} n'a pas {missing}</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="148" />
      <source>the text prompt '{prompt}' holds no word (only digits, signs or punctuation): type a short English description of what to look for, e.g. {example}</source>
      <translation>la requête '{prompt}' ne contient aucun mot (seulement des chiffres, des signes ou de la ponctuation) : tapez une courte description en anglais de ce que vous cherchez, par exemple {example}</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="68" />
      <source>most of its characters are unknown to the model's English vocabulary</source>
      <translation>la plupart de ses caractères sont inconnus du vocabulaire anglais du modèle</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="74" />
      <source>it does not look like English</source>
      <translation>elle ne semble pas être en anglais</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="134" />
      <source>the prompt '{prompt}' may not be English ({words}): the text model understands English only, so its map may mean nothing; write the prompt in English</source>
      <translation>la requête '{prompt}' n'est peut-être pas en anglais ({words}) : le modèle de texte ne comprend que l'anglais, sa carte risque donc de ne rien signifier ; écrivez la requête en anglais</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="138" />
      <source>the prompt '{prompt}' holds no word the text model knows (numbers, codes or letters it reads only as fragments): its map may mean nothing; describe what to look for in English words, e.g. {example}</source>
      <translation>la requête '{prompt}' ne contient aucun mot connu du modèle de texte (des nombres, des codes ou des lettres qu'il ne lit que comme des fragments) : sa carte risque de ne rien signifier ; décrivez ce que vous cherchez avec des mots anglais, par exemple {example}</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="167" />
      <source>{prompts}: both a prompt and a negative prompt, they cancel out (the map could never exceed 0.5); remove it from the negative prompts</source>
      <translation>{prompts} : à la fois requête et requête négative, elles s'annulent (la carte ne pourrait jamais dépasser 0,5) ; retirez-la des requêtes négatives</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="66" />
      <source>it is written mostly in a non-Latin script ({scripts})</source>
      <translation>elle est écrite surtout dans une écriture non latine ({scripts})</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="73" />
      <source>it does not look like English (it looks like {language})</source>
      <translation>elle ne semble pas être en anglais (elle ressemble à du {language})</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="80" />
      <source>French</source>
      <translation>français</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="80" />
      <source>German</source>
      <translation>allemand</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="80" />
      <source>Spanish</source>
      <translation>espagnol</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="80" />
      <source>Italian</source>
      <translation>italien</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="81" />
      <source>Portuguese</source>
      <translation>portugais</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="81" />
      <source>Dutch</source>
      <translation>néerlandais</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="174" />
      <source>{first} and {second} are the same prompt to the text model (it reads upper and lower case, and accents, alike): they would share every pixel equally, a map of 0.5 everywhere; give each prompt once</source>
      <translation>{first} et {second} sont la même requête pour le modèle de texte (il lit de la même façon majuscules et minuscules, et les accents) : elles se partageraient également chaque pixel, une carte de 0,5 partout ; donnez chaque requête une seule fois</translation>
    </message>
    <message>
      <location filename="../core/textquery/prompt_language.py" line="188" />
      <source>{first} and {second} differ only in punctuation: the text model reads them almost alike, so they share most pixels and neither map means much; keep one of them</source>
      <translation>{first} et {second} ne diffèrent que par la ponctuation : le modèle de texte les lit presque de la même façon, elles se partagent donc la plupart des pixels et aucune des deux cartes ne veut dire grand-chose ; gardez-en une</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="119" />
      <source>input {file} does not exist; choose a Sentinel-2 stack or a latent raster</source>
      <translation>l'entrée {file} n'existe pas ; choisissez une pile Sentinel-2 ou un raster latent</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="130" />
      <source>{file} is a Sentinel-1 stack: the text query reads Sentinel-2 stacks or latent rasters; encode it first ({algorithm}, {parameter} {model}, which takes Sentinel-1 alone) and query the latent</source>
      <translation>{file} est une pile Sentinel-1 : la requête textuelle lit des piles Sentinel-2 ou des rasters latents ; encodez-la d'abord ({algorithm}, {parameter} {model}, qui accepte Sentinel-1 seul) et interrogez le latent</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="179" />
      <source>the text-query model {model} reads latent rasters of {encoder}, not Sentinel-2 stacks; leave the model empty or choose {file}</source>
      <translation>le modèle de requête textuelle {model} lit des rasters latents de {encoder}, pas des piles Sentinel-2 ; laissez le modèle vide ou choisissez {file}</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="224" />
      <source>the negative prompts hold only blank lines: none is used</source>
      <translation>les requêtes négatives ne contiennent que des lignes vides : aucune n'est utilisée</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="226" />
      <source>no text prompt: type what to look for, one prompt per line, e.g. {example}</source>
      <translation>aucune requête : tapez ce que vous cherchez, une requête par ligne, par exemple {example}</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="229" />
      <source>{count} prompts: at most {max} (prompts and negative prompts together) per query; split them over several runs</source>
      <translation>{count} requêtes : au plus {max} (requêtes et requêtes négatives comprises) par interrogation ; répartissez-les sur plusieurs exécutions</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="249" />
      <source>threshold {value} is outside (0, 1); give a probability such as 0.5</source>
      <translation>le seuil {value} est hors de (0, 1) ; donnez une probabilité, par exemple 0,5</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="258" />
      <source>two outputs (probabilities, mask, quality) are the same file; give each its own name</source>
      <translation>deux sorties (probabilités, masque, qualité) sont le même fichier ; donnez à chacune son propre nom</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="316" />
      <source>text query cancelled; no output was written</source>
      <translation>requête textuelle annulée ; aucune sortie n'a été écrite</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="138" />
      <source>{file} is neither a Sentinel-2 stack nor a latent raster. As Sentinel-2: {error}; a latent raster from {encode} is read too</source>
      <translation>{file} n'est ni une pile Sentinel-2 ni un raster latent. Comme Sentinel-2 : {error} ; un raster latent issu de {encode} est lu aussi</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="167" />
      <source>the text-query model {model} reads Sentinel-2 stacks, but {file} is a latent raster of {raster_encoder}; leave the model empty (the tower of that latent is chosen), or query the Sentinel-2 stack</source>
      <translation>le modèle de requête textuelle {model} lit des piles Sentinel-2, mais {file} est un raster latent de {raster_encoder} ; laissez le modèle vide (la tour de ce latent est alors choisie), ou interrogez la pile Sentinel-2</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="172" />
      <source>the text-query model {model} reads latents of {encoder}, but this raster was made by {raster_encoder}; leave the model empty (the tower of that latent is chosen)</source>
      <translation>le modèle de requête textuelle {model} lit les latents de {encoder}, mais ce raster a été produit par {raster_encoder} ; laissez le modèle vide (la tour de ce latent est alors choisie)</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="177" />
      <source>the text-query model {model}: {problem}</source>
      <translation>le modèle de requête textuelle {model} : {problem}</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="159" />
      <source>no text-query model for latents of {encoder} (installed: {installed}); query the Sentinel-2 stack instead, or encode it with a preset that has one</source>
      <translation>aucun modèle de requête textuelle pour les latents de {encoder} (installés : {installed}) ; interrogez plutôt la pile Sentinel-2, ou encodez-la avec un préréglage qui en a un</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="266" />
      <source>prompts: {prompts}</source>
      <translation>requêtes : {prompts}</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="273" />
      <source>{encoder} approximates the features of {space}: read with {model}, the text-query model of {space}</source>
      <translation>{encoder} approche les caractéristiques de {space} : lu avec {model}, le modèle de requête textuelle de {space}</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="277" />
      <source>{file} was encoded without Sentinel-2 ({modalities} only): the text-query models learnt concepts from latents of optical observations, so this map means little; encode a Sentinel-2 stack too</source>
      <translation>{file} a été encodé sans Sentinel-2 ({modalities} seulement) : les modèles de requête textuelle ont appris les concepts sur des latents d'observations optiques, cette carte a donc peu de sens ; encodez aussi une pile Sentinel-2</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="320" />
      <source>{file}: bands {bands} hold no valid value on any date (all nodata or NaN), and the text-query model {model} needs them; give a stack where they have data</source>
      <translation>{file} : les bandes {bands} n'ont aucune valeur valide à aucune date (tout en nodata ou NaN), et le modèle de requête textuelle {model} en a besoin ; donnez une pile où elles ont des données</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="323" />
      <source>{file}: band {bands} holds no valid value on any date (all nodata or NaN), and the text-query model {model} needs it; give a stack where it has data</source>
      <translation>{file} : la bande {bands} n'a aucune valeur valide à aucune date (tout en nodata ou NaN), et le modèle de requête textuelle {model} en a besoin ; donnez une pile où elle a des données</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="325" />
      <source>or leave the model empty: the default multi-region model does not read {band}</source>
      <translation>ou laissez le modèle vide : le modèle multirégional par défaut ne lit pas {band}</translation>
    </message>
    <message>
      <location filename="../core/textquery/query_raster.py" line="266" />
      <source>negative prompts: {prompts}</source>
      <translation>requêtes négatives : {prompts}</translation>
    </message>
    <message>
      <location filename="../core/textquery/text_encoder.py" line="75" />
      <source>{file} lacks the special tokens {tokens}</source>
      <translation>il manque à {file} les tokens spéciaux {tokens}</translation>
    </message>
    <message>
      <location filename="../core/textquery/text_encoder.py" line="140" />
      <source>text model not found: {path}; reinstall the plugin or run `{command}`</source>
      <translation>modèle de texte introuvable : {path} ; réinstallez l'extension ou lancez `{command}`</translation>
    </message>
    <message>
      <location filename="../core/textquery/text_encoder.py" line="150" />
      <source>tokenizer vocabulary not found: {path}; it is installed with {model}: {hint}</source>
      <translation>vocabulaire du tokenizer introuvable : {path} ; il est installé avec {model} : {hint}</translation>
    </message>
    <message>
      <location filename="../core/textquery/text_encoder.py" line="156" />
      <source>{file} does not match the vocabulary the model was exported with (sha256 {digest}…, card says {expected}…): {hint}</source>
      <translation>{file} ne correspond pas au vocabulaire avec lequel le modèle a été exporté (sha256 {digest}…, la fiche indique {expected}…) : {hint}</translation>
    </message>
    <message>
      <location filename="../core/textquery/text_encoder.py" line="179" />
      <source>a text prompt must be a string, not {type}</source>
      <translation>une requête doit être une chaîne de caractères, pas {type}</translation>
    </message>
    <message>
      <location filename="../core/textquery/text_encoder.py" line="183" />
      <source>the text prompt is empty: type a short English description of what to look for, e.g. {example} or {other}</source>
      <translation>la requête est vide : tapez une courte description en anglais de ce que vous cherchez, par exemple {example} ou {other}</translation>
    </message>
    <message>
      <location filename="../core/textquery/text_encoder.py" line="187" />
      <source>the text model understands English only, and the prompt {prompt} cannot be used: {problem}. Write the prompt in English, e.g. {example}, {other}</source>
      <translation>le modèle de texte ne comprend que l'anglais, et la requête {prompt} ne peut pas être utilisée : {problem}. Écrivez la requête en anglais, par exemple {example}, {other}</translation>
    </message>
    <message>
      <location filename="../core/textquery/text_encoder.py" line="195" />
      <source>the text prompt {prompt} is too long: {count} tokens, the text model accepts at most {max} ({cls} and {sep} included; a rare or long word counts as several tokens); shorten it to a phrase or a sentence or two</source>
      <translation>la requête {prompt} est trop longue : {count} tokens, le modèle de texte en accepte au plus {max} ({cls} et {sep} compris ; un mot rare ou long compte pour plusieurs tokens) ; réduisez-la à une expression ou à une ou deux phrases</translation>
    </message>
    <message>
      <location filename="../core/textquery/text_encoder.py" line="211" />
      <source>{function} takes a list of prompts; wrap a single prompt in a list</source>
      <translation>{function} prend une liste de requêtes ; placez une requête seule dans une liste</translation>
    </message>
    <message>
      <location filename="../core/textquery/tower.py" line="54" />
      <source>text-query model not found: {path}; reinstall the plugin or run `{command}`</source>
      <translation>modèle de requête textuelle introuvable : {path} ; réinstallez l'extension ou lancez `{command}`</translation>
    </message>
    <message>
      <location filename="../core/textquery/tower.py" line="65" />
      <source>{file} is a '{task}' model ({model}), not a text-query tower; choose a {pattern} model</source>
      <translation>{file} est un modèle '{task}' ({model}), pas une tour de requête textuelle ; choisissez un modèle {pattern}</translation>
    </message>
    <message>
      <location filename="../core/textquery/tower.py" line="79" />
      <source>{model}: the model card has no calibration ({fields}); re-export the tower with {script}</source>
      <translation>{model} : la fiche du modèle n'a pas de calibration ({fields}) ; réexportez la tour avec {script}</translation>
    </message>
    <message>
      <location filename="../core/textquery/tower.py" line="85" />
      <source>{model} does not follow {contract} (inputs {inputs}; outputs {outputs}); re-export it</source>
      <translation>{model} ne suit pas {contract} (entrées {inputs} ; sorties {outputs}) ; réexportez-le</translation>
    </message>
    <message>
      <location filename="../core/textquery/tower.py" line="102" />
      <source>{model} was trained against the text model {wanted}, not {text_model}; reinstall the plugin's models together</source>
      <translation>{model} a été entraîné avec le modèle de texte {wanted}, pas {text_model} ; réinstallez ensemble les modèles de l'extension</translation>
    </message>
    <message>
      <location filename="../core/textquery/tower.py" line="107" />
      <source>{model} was trained against another version of the text model {text_model} (weights {weights}…, installed {installed}…); reinstall the plugin's models together</source>
      <translation>{model} a été entraîné avec une autre version du modèle de texte {text_model} (poids {weights}…, installé {installed}…) ; réinstallez ensemble les modèles de l'extension</translation>
    </message>
    <message>
      <location filename="../core/textquery/tower.py" line="115" />
      <source>{model} expects {channels} channels per date, got {count}</source>
      <translation>{model} attend {channels} canaux par date, reçu {count}</translation>
    </message>
    <message>
      <source>(block {block}: the figures are that block's; {count} of the {total} blocks computed gave this warning, each with its own figures)</source>
      <translation type="obsolete">(bloc {block} : les chiffres sont ceux de ce bloc ; {count} des {total} blocs calculés ont donné cet avertissement, chacun avec ses propres chiffres)</translation>
    </message>
    <message>
      <source>(block {block}: the figures are that block's; {count} of the {total} blocks computed said this, each with its own figures)</source>
      <translation type="obsolete">(bloc {block} : les chiffres sont ceux de ce bloc ; {count} des {total} blocs calculés ont dit ceci, chacun avec ses propres chiffres)</translation>
    </message>
    <message>
      <source>(the range of the figures over the {count} of the {total} blocks computed that gave this line)</source>
      <translation type="obsolete">(l'étendue des chiffres sur les {count} des {total} blocs calculés qui ont donné cette ligne)</translation>
    </message>
    <message>
      <source>(the range of the figures over the {total} blocks computed)</source>
      <translation type="obsolete">(l'étendue des chiffres sur les {total} blocs calculés)</translation>
    </message>
    <message>
      <source>({count} of the {total} blocks computed said this)</source>
      <translation type="obsolete">({count} des {total} blocs calculés ont dit ceci)</translation>
    </message>
    <message>
      <source>; {file} ({res:g}) repeated {factor} × {factor}</source>
      <translation type="obsolete"> ; {file} ({res:g}) répété {factor} × {factor}</translation>
    </message>
    <message>
      <source>&lt; {:.2f}</source>
      <translation type="obsolete">&lt; {:.2f}</translation>
    </message>
    <message>
      <source>&lt;none&gt;</source>
      <translation type="obsolete">(aucune)</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Classifier&lt;/b&gt;: &lt;i&gt;forest&lt;/i&gt; (random forest, the default), &lt;i&gt;lda&lt;/i&gt; (linear discriminant analysis with a shrunk covariance), &lt;i&gt;logistic&lt;/i&gt; (logistic regression), &lt;i&gt;knn&lt;/i&gt; (k nearest neighbours), &lt;i&gt;auto&lt;/i&gt;: the one with the best macro-F1 in a leave-one-out / k-fold validation over the training polygons and points (each one a single row, the mean of its pixels), refitted on every training pixel, the log and the model card saying which won; or &lt;i&gt;ensemble&lt;/i&gt;: the mean class probability of lda, logistic, knn and forest, each fitted on one raster of the stack only (INPUT, then each additional raster), every raster weighted equally (the kNN keeps at most 500 training pixels a class). With few labels (2–20 per class), the ensemble of a Presto latent with the raw Sentinel-2 stack as an additional raster was the best choice, or within 0.025 macro-F1 of it, on all five data sets of bench/label_efficiency.md; with many labels &lt;i&gt;auto&lt;/i&gt; does better.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;&lt;b&gt;Classifieur&lt;/b&gt; : &lt;i&gt;forest&lt;/i&gt; (forêt aléatoire, par défaut), &lt;i&gt;lda&lt;/i&gt; (analyse discriminante linéaire à covariance rétrécie), &lt;i&gt;logistic&lt;/i&gt; (régression logistique), &lt;i&gt;knn&lt;/i&gt; (k plus proches voisins), &lt;i&gt;auto&lt;/i&gt; : celui qui obtient le meilleur F1 macro dans une validation leave-one-out / k-fold sur les polygones et points d'entraînement (chacun une seule ligne, la moyenne de ses pixels), réentraîné ensuite sur tous les pixels d'entraînement, le journal et la fiche du modèle indiquant lequel a gagné ; ou &lt;i&gt;ensemble&lt;/i&gt; : la moyenne des probabilités de classe de lda, logistic, knn et forest, chacun entraîné sur un seul raster de la pile (INPUT, puis chaque raster supplémentaire), chaque raster ayant le même poids (le kNN garde au plus 500 pixels d'entraînement par classe). Avec peu d'étiquettes (2 à 20 par classe), l'ensemble d'un latent Presto et de la pile Sentinel-2 brute donnée comme raster supplémentaire a été le meilleur choix, ou à moins de 0,025 de F1 macro du meilleur, sur les cinq jeux de données de bench/label_efficiency.md ; avec beaucoup d'étiquettes, &lt;i&gt;auto&lt;/i&gt; fait mieux.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Classifier&lt;/b&gt;: &lt;i&gt;forest&lt;/i&gt; (random forest, the default), &lt;i&gt;lda&lt;/i&gt; (linear discriminant analysis with a shrunk covariance), &lt;i&gt;logistic&lt;/i&gt; (logistic regression), &lt;i&gt;knn&lt;/i&gt; (k nearest neighbours), or &lt;i&gt;auto&lt;/i&gt;: the one with the best macro-F1 in a leave-one-out / k-fold validation over the training polygons and points (each one a single row, the mean of its pixels), refitted on every training pixel; the log and the model card say which won. With few labels (2–10 per class) LDA or logistic regression usually beat the forest on latent features (bench/label_efficiency.md).&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;&lt;b&gt;Classifieur&lt;/b&gt; : &lt;i&gt;forest&lt;/i&gt; (forêt aléatoire, par défaut), &lt;i&gt;lda&lt;/i&gt; (analyse discriminante linéaire à covariance rétrécie), &lt;i&gt;logistic&lt;/i&gt; (régression logistique), &lt;i&gt;knn&lt;/i&gt; (k plus proches voisins), ou &lt;i&gt;auto&lt;/i&gt; : celui qui obtient le meilleur F1 macro dans une validation leave-one-out / k-fold sur les polygones et points d'entraînement (chacun une seule ligne, la moyenne de ses pixels), réentraîné ensuite sur tous les pixels d'entraînement ; le journal et la fiche du modèle indiquent lequel a gagné. Avec peu d'étiquettes (2 à 10 par classe), LDA ou la régression logistique battent généralement la forêt sur des caractéristiques latentes (bench/label_efficiency.md).&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Classifier&lt;/b&gt;: &lt;i&gt;forest&lt;/i&gt; (random forest, the default), &lt;i&gt;lda&lt;/i&gt; (linear discriminant analysis with a shrunk covariance), &lt;i&gt;logistic&lt;/i&gt; (logistic regression), &lt;i&gt;knn&lt;/i&gt; (k nearest neighbours; it keeps at most 500 training pixels a class), &lt;i&gt;auto&lt;/i&gt;: the one with the best macro-F1 in a leave-one-out / k-fold validation over the training polygons and points (each one a single row, the mean of its pixels), refitted on every training pixel, the log and the model card saying which won; or &lt;i&gt;ensemble&lt;/i&gt;: the mean class probability of lda, logistic, knn and forest, each fitted on one raster of the stack only (INPUT, then each additional raster), every raster weighted equally (the kNN keeps at most 500 training pixels a class). With few labels (2–20 per class), the ensemble of a Presto latent with the raw Sentinel-2 stack as an additional raster was the best choice, or within 0.025 macro-F1 of it, on all five data sets of bench/label_efficiency.md; with many labels &lt;i&gt;auto&lt;/i&gt; does better.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;&lt;b&gt;Classifieur&lt;/b&gt; : &lt;i&gt;forest&lt;/i&gt; (forêt aléatoire, par défaut), &lt;i&gt;lda&lt;/i&gt; (analyse discriminante linéaire à covariance rétrécie), &lt;i&gt;logistic&lt;/i&gt; (régression logistique), &lt;i&gt;knn&lt;/i&gt; (k plus proches voisins ; il garde au plus 500 pixels d'entraînement par classe), &lt;i&gt;auto&lt;/i&gt; : celui qui obtient le meilleur F1 macro dans une validation leave-one-out / k-fold sur les polygones et points d'entraînement (chacun une seule ligne, la moyenne de ses pixels), réentraîné ensuite sur tous les pixels d'entraînement, le journal et la fiche du modèle indiquant lequel a gagné ; ou &lt;i&gt;ensemble&lt;/i&gt; : la moyenne des probabilités de classe de lda, logistic, knn et forest, chacun entraîné sur un seul raster de la pile (INPUT, puis chaque raster supplémentaire), chaque raster ayant le même poids (le kNN garde au plus 500 pixels d'entraînement par classe). Avec peu d'étiquettes (2 à 20 par classe), l'ensemble d'un latent Presto et de la pile Sentinel-2 brute donnée comme raster supplémentaire a été le meilleur choix, ou à moins de 0,025 de F1 macro du meilleur, sur les cinq jeux de données de bench/label_efficiency.md ; avec beaucoup d'étiquettes, &lt;i&gt;auto&lt;/i&gt; fait mieux.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;FACTOR&lt;/b&gt;: type the scale factor itself, 2, 4 or 8 (FACTOR=2 gives ×2), as --factor on the command line. It is not an option number: qgis_process's help lists the options as 0: 2, 1: 4, 2: 8, but FACTOR=0 is refused.&lt;/p&gt;&lt;p&gt;TsHARP and bicubic run no network, on the CPU: EXECUTION_PROVIDER=1 (CUDA) is refused where CUDA is not available, and only warned about where it is.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;&lt;b&gt;FACTOR&lt;/b&gt; : tapez le facteur d'échelle lui-même, 2, 4 ou 8 (FACTOR=2 donne ×2), comme --factor en ligne de commande. Ce n'est pas un numéro d'option : l'aide de qgis_process liste les options comme 0: 2, 1: 4, 2: 8, mais FACTOR=0 est refusé.&lt;/p&gt;&lt;p&gt;TsHARP et bicubique n'exécutent aucun réseau et tournent sur le CPU : EXECUTION_PROVIDER=1 (CUDA) est refusé là où CUDA n'est pas disponible, et ne donne qu'un avertissement là où il l'est.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Quality flags&lt;/b&gt; (optional output): per date and pixel, how its values were made, added up: 0 decoded from the windows around the date; 1 gap-filled (decoded from windows beyond the nearest ones, which held no observation there); 2 held (the nearest window used is more than 15 days away); 4 no data.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;&lt;b&gt;Indicateurs de qualité&lt;/b&gt; (sortie facultative) : pour chaque date et chaque pixel, comment ses valeurs ont été obtenues, cumulables : 0 décodé depuis les fenêtres qui entourent la date ; 1 comblé (décodé depuis des fenêtres au-delà des plus proches, qui n'avaient pas d'observation à cet endroit) ; 2 maintenu (la fenêtre utilisée la plus proche est à plus de 15 jours) ; 4 sans données.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Quality flags&lt;/b&gt; (optional output): per date and pixel, how its values were made, added up: 0 decoded from the windows around the date; 1 gap-filled (decoded from windows beyond the nearest ones, which held no observation there); 2 held (the nearest window used is more than 15 days away); 4 no data; 8 less than half of the value comes from windows with a Sentinel-2 observation there (the optical variables are mostly the decoder's guess from radar); 16 less than half from windows with a Sentinel-1 one (soil moisture is mostly the decoder's guess from optical). Flags 8 and 16 need a latent that records its sensors per window (encoded since this version).&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;&lt;b&gt;Indicateurs de qualité&lt;/b&gt; (sortie facultative) : pour chaque date et chaque pixel, comment ses valeurs ont été obtenues, cumulables : 0 décodé depuis les fenêtres qui entourent la date ; 1 comblé (décodé depuis des fenêtres au-delà des plus proches, qui n'avaient pas d'observation à cet endroit) ; 2 maintenu (la fenêtre utilisée la plus proche est à plus de 15 jours) ; 4 sans données ; 8 moins de la moitié de la valeur vient de fenêtres ayant une observation Sentinel-2 à cet endroit (les variables optiques sont surtout la supposition du décodeur à partir du radar) ; 16 moins de la moitié vient de fenêtres ayant une observation Sentinel-1 (l'humidité du sol est surtout la supposition du décodeur à partir de l'optique). Les indicateurs 8 et 16 demandent un latent qui enregistre ses capteurs par fenêtre (encodé depuis cette version).&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Quality flags&lt;/b&gt; (optional output): per date and pixel, how its values were made, added up: 0 decoded from the windows around the date; 1 gap-filled (decoded from windows beyond the nearest ones, which held no observation there); 2 held (the nearest window used is more than 15 days away); 4 no data; 8 none of the windows used held a Sentinel-2 observation there (the optical variables are the decoder's guess from radar); 16 none held a Sentinel-1 one (soil moisture is the decoder's guess from optical). Flags 8 and 16 need a latent that records its sensors per window (encoded since this version).&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;&lt;b&gt;Indicateurs de qualité&lt;/b&gt; (sortie facultative) : pour chaque date et chaque pixel, comment ses valeurs ont été obtenues, cumulables : 0 décodé depuis les fenêtres qui entourent la date ; 1 comblé (décodé depuis des fenêtres au-delà des plus proches, qui n'avaient pas d'observation à cet endroit) ; 2 maintenu (la fenêtre utilisée la plus proche est à plus de 15 jours) ; 4 sans données ; 8 aucune des fenêtres utilisées n'avait d'observation Sentinel-2 à cet endroit (les variables optiques sont la supposition du décodeur à partir du radar) ; 16 aucune n'avait d'observation Sentinel-1 (l'humidité du sol est la supposition du décodeur à partir de l'optique). Les indicateurs 8 et 16 demandent un latent qui enregistre ses capteurs par fenêtre (encodé depuis cette version).&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Quality flags&lt;/b&gt; (optional output): per date and pixel, how its values were made, added up: 0 decoded from the windows around the date; 1 gap-filled (decoded from windows beyond the nearest ones, which held no observation there, or the optical variables from the nearest windows with a Sentinel-2 observation); 2 held (the nearest window used is more than 15 days away); 4 no data; 8 less than half of the value comes from windows with a Sentinel-2 observation there (the optical variables are mostly the decoder's guess from radar, or, with 1, filled from the nearest windows with one); 16 less than half from windows with a Sentinel-1 one (soil moisture is mostly the decoder's guess from optical). Flags 8 and 16 need a latent that records its sensors per window (encoded since this version).&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;&lt;b&gt;Indicateurs de qualité&lt;/b&gt; (sortie facultative) : pour chaque date et chaque pixel, comment ses valeurs ont été obtenues, cumulables : 0 décodé depuis les fenêtres qui entourent la date ; 1 comblé (décodé depuis des fenêtres au-delà des plus proches, qui n'avaient pas d'observation à cet endroit, ou les variables optiques depuis les fenêtres les plus proches ayant une observation Sentinel-2) ; 2 maintenu (la fenêtre utilisée la plus proche est à plus de 15 jours) ; 4 sans données ; 8 moins de la moitié de la valeur vient de fenêtres ayant une observation Sentinel-2 à cet endroit (les variables optiques sont surtout la supposition du décodeur à partir du radar, ou, avec 1, comblées depuis les fenêtres les plus proches qui en ont une) ; 16 moins de la moitié vient de fenêtres ayant une observation Sentinel-1 (l'humidité du sol est surtout la supposition du décodeur à partir de l'optique). Les indicateurs 8 et 16 demandent un latent qui enregistre ses capteurs par fenêtre (encodé depuis cette version).&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Decodes a latent raster made by eolatent:encode into physical variables — leaf area index LAI (m²/m²), vegetation cover FCOVER, soil moisture SM (m³/m³), and optionally leaf chlorophyll CAB (µg/cm²), leaf water CW (g/cm²), dry matter CM (g/cm²) and soil brightness — at the dates and the resolution you choose, with an optional 1σ uncertainty per variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: a comma-separated list of dates (2020-07-01, 2020-07-15), or else a regular series from the first to the last day every &lt;i&gt;Series: step&lt;/i&gt; days (default 7, weekly); empty first/last day = the encoded period. A date inside an encoded window is decoded from that window; a date between two encoded windows (a window without acquisitions is not encoded) is the linear blend in time of the two neighbours (uncertainty blended the same way). A window is not decoded more than 15 days from its centre (the range the decoders are trained on): further away, its value is held, and the 1σ of LAI and FCOVER grows with the distance (by the drift measured on real Sentinel-2 series). Dates outside the encoded period are refused.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: a chunk with no valid observation in a window is no data there. With &lt;i&gt;Fill cloudy chunks from the neighbouring windows&lt;/i&gt; (default), such a chunk is decoded from its nearest valid windows before and after, blended in time; it stays no data where one side has none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resolution&lt;/b&gt; (metres): a multiple of the stack pixel size that divides the chunk (for the fine preset at 10 m: 10, 20 or 40 m); empty = the stack resolution. A coarse pixel is the decoder's value at its centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: the decoder of the encoder that made the latent raster; a decoder ONNX file (advanced) may be given, and is refused if it was trained for another encoder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one GeoTIFF per variable, one band per date in date order. Each band's description starts with its date ("2020-07-01 LAI [m2/m2]") and its metadata carries DATE, VARIABLE and UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal controller&lt;/b&gt;: QGIS 3.38 and later can map each band to a date: the outputs are given the temporal mode &lt;i&gt;Fixed time range per band&lt;/i&gt; (each band from its date to the next), so the temporal controller shows the band of the current date. QGIS 3.22 to 3.36 cannot map the bands of one GeoTIFF to dates; there (advanced option, on by default) each output also gets a folder &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; with one small VRT per date (pointing to the band, no pixel copied), and the outputs loaded on completion come with a group &lt;i&gt;… by date&lt;/i&gt; of one layer per date, each with the fixed time range from its date to the next: the temporal controller animates that group. Open the VRTs yourself (Temporal ▸ Fixed time range) for outputs not loaded on completion.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Décode un raster latent produit par eolatent:encode en variables physiques — indice de surface foliaire LAI (m²/m²), couvert végétal FCOVER, humidité du sol SM (m³/m³) et, en option, chlorophylle foliaire CAB (µg/cm²), eau foliaire CW (g/cm²), matière sèche CM (g/cm²) et brillance du sol — aux dates et à la résolution de votre choix, avec en option une incertitude à 1σ par variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; : une liste de dates séparées par des virgules (2020-07-01, 2020-07-15), ou sinon une série régulière du premier au dernier jour, tous les &lt;i&gt;Série : pas&lt;/i&gt; jours (7 par défaut, hebdomadaire) ; premier/dernier jour vide = la période encodée. Une date située dans une fenêtre encodée est décodée à partir de cette fenêtre ; une date située entre deux fenêtres encodées (une fenêtre sans acquisition n'est pas encodée) est le mélange linéaire dans le temps des deux voisines (l'incertitude est mélangée de la même façon). Une fenêtre n'est jamais décodée à plus de 15 jours de son centre (l'intervalle sur lequel les décodeurs sont entraînés) : au-delà, sa valeur est maintenue et l'incertitude à 1σ de LAI et FCOVER croît avec la distance (selon la dérive mesurée sur des séries Sentinel-2 réelles). Les dates hors de la période encodée sont refusées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages&lt;/b&gt; : un bloc sans observation valide dans une fenêtre y est sans données. Avec &lt;i&gt;Combler les blocs nuageux à partir des fenêtres voisines&lt;/i&gt; (par défaut), un tel bloc est décodé à partir de ses fenêtres valides les plus proches avant et après, mélangées dans le temps ; il reste sans données là où l'un des deux côtés n'en a pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Résolution&lt;/b&gt; (mètres) : un multiple de la taille de pixel de la pile qui divise le bloc (pour le préréglage fine à 10 m : 10, 20 ou 40 m) ; vide = la résolution de la pile. Un pixel grossier prend la valeur du décodeur en son centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : le décodeur de l'encodeur qui a produit le raster latent ; un fichier ONNX de décodeur (avancé) peut être indiqué, et il est refusé s'il a été entraîné pour un autre encodeur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : un GeoTIFF par variable, une bande par date dans l'ordre des dates. La description de chaque bande commence par sa date ("2020-07-01 LAI [m2/m2]") et ses métadonnées contiennent DATE, VARIABLE et UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Contrôleur temporel&lt;/b&gt; : QGIS 3.38 et versions ultérieures peuvent associer chaque bande à une date : les sorties reçoivent le mode temporel &lt;i&gt;Plage temporelle fixe par bande&lt;/i&gt; (chaque bande de sa date à la suivante), de sorte que le contrôleur temporel affiche la bande de la date courante. QGIS 3.22 à 3.36 ne savent pas associer les bandes d'un même GeoTIFF à des dates ; dans ce cas (option avancée, activée par défaut), chaque sortie reçoit aussi un dossier &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; contenant un petit VRT par date (qui pointe vers la bande, sans copie de pixels), et les sorties chargées à la fin du traitement sont accompagnées d'un groupe &lt;i&gt;… par date&lt;/i&gt; d'une couche par date, chacune avec la plage temporelle fixe allant de sa date à la suivante : le contrôleur temporel anime ce groupe. Ouvrez vous-même les VRT (Temporel ▸ Plage temporelle fixe) pour les sorties non chargées à la fin du traitement.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Decodes a latent raster made by eolatent:encode into physical variables — leaf area index LAI (m²/m²), vegetation cover FCOVER, soil moisture SM (m³/m³), and optionally leaf chlorophyll CAB (µg/cm²), leaf water CW (g/cm²), dry matter CM (g/cm²) and soil brightness — at the dates and the resolution you choose, with an optional 1σ uncertainty per variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: a comma-separated list of dates (2020-07-01, 2020-07-15), or else a regular series from the first to the last day every STEP_DAYS days (default 7, weekly); empty first/last day = the encoded period. A date inside an encoded window is decoded from that window; a date between two encoded windows (a window without acquisitions is not encoded) is the linear blend in time of the two neighbours (uncertainty blended the same way). A window is not decoded more than 15 days from its centre (the range the decoders are trained on): further away, its value is held, and the 1σ of LAI and FCOVER grows with the distance (by the drift measured on real Sentinel-2 series). Dates outside the encoded period are refused.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: a chunk with no valid observation in a window is no data there. With &lt;i&gt;Fill cloudy chunks from the neighbouring windows&lt;/i&gt; (default), such a chunk is decoded from its nearest valid windows before and after, blended in time; it stays no data where one side has none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resolution&lt;/b&gt; (metres): a multiple of the stack pixel size that divides the chunk (for the fine preset at 10 m: 10, 20 or 40 m); empty = the stack resolution. A coarse pixel is the decoder's value at its centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: the decoder of the encoder that made the latent raster; a decoder ONNX file (advanced) may be given, and is refused if it was trained for another encoder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one GeoTIFF per variable, one band per date in date order. Each band's description starts with its date ("2020-07-01 LAI [m2/m2]") and its metadata carries DATE, VARIABLE and UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal controller&lt;/b&gt;: QGIS 3.38 and later can map each band to a date: the outputs are given the temporal mode &lt;i&gt;Fixed time range per band&lt;/i&gt; (each band from its date to the next), so the temporal controller shows the band of the current date. QGIS 3.22 to 3.36 cannot map the bands of one GeoTIFF to dates; there (advanced option, on by default) each output also gets a folder &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; with one small VRT per date (pointing to the band, no pixel copied), and the outputs loaded on completion come with a group &lt;i&gt;… by date&lt;/i&gt; of one layer per date, each with the fixed time range from its date to the next: the temporal controller animates that group. Open the VRTs yourself (Temporal ▸ Fixed time range) for outputs not loaded on completion.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Décode un raster latent produit par eolatent:encode en variables physiques — indice de surface foliaire LAI (m²/m²), couvert végétal FCOVER, humidité du sol SM (m³/m³) et, en option, chlorophylle foliaire CAB (µg/cm²), eau foliaire CW (g/cm²), matière sèche CM (g/cm²) et brillance du sol — aux dates et à la résolution de votre choix, avec en option une incertitude à 1σ par variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; : une liste de dates séparées par des virgules (2020-07-01, 2020-07-15), ou sinon une série régulière du premier au dernier jour, tous les STEP_DAYS jours (7 par défaut, hebdomadaire) ; premier/dernier jour vide = la période encodée. Une date située dans une fenêtre encodée est décodée à partir de cette fenêtre ; une date située entre deux fenêtres encodées (une fenêtre sans acquisition n'est pas encodée) est le mélange linéaire dans le temps des deux voisines (l'incertitude est mélangée de la même façon). Une fenêtre n'est jamais décodée à plus de 15 jours de son centre (l'intervalle sur lequel les décodeurs sont entraînés) : au-delà, sa valeur est maintenue et l'incertitude à 1σ de LAI et FCOVER croît avec la distance (selon la dérive mesurée sur des séries Sentinel-2 réelles). Les dates hors de la période encodée sont refusées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages&lt;/b&gt; : un bloc sans observation valide dans une fenêtre y est sans données. Avec &lt;i&gt;Combler les blocs nuageux à partir des fenêtres voisines&lt;/i&gt; (par défaut), un tel bloc est décodé à partir de ses fenêtres valides les plus proches avant et après, mélangées dans le temps ; il reste sans données là où l'un des deux côtés n'en a pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Résolution&lt;/b&gt; (mètres) : un multiple de la taille de pixel de la pile qui divise le bloc (pour le préréglage fine à 10 m : 10, 20 ou 40 m) ; vide = la résolution de la pile. Un pixel grossier prend la valeur du décodeur en son centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : le décodeur de l'encodeur qui a produit le raster latent ; un fichier ONNX de décodeur (avancé) peut être indiqué, et il est refusé s'il a été entraîné pour un autre encodeur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : un GeoTIFF par variable, une bande par date dans l'ordre des dates. La description de chaque bande commence par sa date ("2020-07-01 LAI [m2/m2]") et ses métadonnées contiennent DATE, VARIABLE et UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Contrôleur temporel&lt;/b&gt; : QGIS 3.38 et versions ultérieures peuvent associer chaque bande à une date : les sorties reçoivent le mode temporel &lt;i&gt;Plage temporelle fixe par bande&lt;/i&gt; (chaque bande de sa date à la suivante), de sorte que le contrôleur temporel affiche la bande de la date courante. QGIS 3.22 à 3.36 ne savent pas associer les bandes d'un même GeoTIFF à des dates ; dans ce cas (option avancée, activée par défaut), chaque sortie reçoit aussi un dossier &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; contenant un petit VRT par date (qui pointe vers la bande, sans copie de pixels), et les sorties chargées à la fin du traitement sont accompagnées d'un groupe &lt;i&gt;… par date&lt;/i&gt; d'une couche par date, chacune avec la plage temporelle fixe allant de sa date à la suivante : le contrôleur temporel anime ce groupe. Ouvrez vous-même les VRT (Temporel ▸ Plage temporelle fixe) pour les sorties non chargées à la fin du traitement.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Decodes a latent raster made by eolatent:encode into physical variables — leaf area index LAI (m²/m²), vegetation cover FCOVER, soil moisture SM (m³/m³), and optionally leaf chlorophyll CAB (µg/cm²), leaf water CW (g/cm²), dry matter CM (g/cm²) and soil brightness — at the dates and the resolution you choose, with an optional 1σ uncertainty per variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: a comma-separated list of dates (2020-07-01, 2020-07-15), or else a regular series from the first to the last day every STEP_DAYS days (default 7, weekly); empty first/last day = the encoded period. A date inside an encoded window is decoded from that window; a date between two encoded windows (a window without acquisitions is not encoded) is the linear blend in time of the two neighbours (uncertainty blended the same way). A window is not decoded more than 15 days from its centre (the range the decoders are trained on): further away, its value is held, and the 1σ of LAI and FCOVER grows with the distance (by the drift measured on real Sentinel-2 series). Dates outside the encoded period are refused.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: a chunk with no valid observation in a window is no data there. With &lt;i&gt;fill gaps&lt;/i&gt; (default), such a chunk is decoded from its nearest valid windows before and after, blended in time; it stays no data where one side has none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resolution&lt;/b&gt; (metres): a multiple of the stack pixel size that divides the chunk (for the fine preset at 10 m: 10, 20 or 40 m); empty = the stack resolution. A coarse pixel is the decoder's value at its centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: the decoder of the encoder that made the latent raster; a decoder ONNX file (advanced) may be given, and is refused if it was trained for another encoder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one GeoTIFF per variable, one band per date in date order. Each band's description starts with its date ("2020-07-01 LAI [m2/m2]") and its metadata carries DATE, VARIABLE and UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal controller&lt;/b&gt;: QGIS 3.38 and later can map each band to a date: the outputs are given the temporal mode &lt;i&gt;Fixed time range per band&lt;/i&gt; (each band from its date to the next), so the temporal controller shows the band of the current date. QGIS 3.22 to 3.36 cannot map the bands of one GeoTIFF to dates; there (advanced option, on by default) each output also gets a folder &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; with one small VRT per date (pointing to the band, no pixel copied), and the outputs loaded on completion come with a group &lt;i&gt;… by date&lt;/i&gt; of one layer per date, each with the fixed time range from its date to the next: the temporal controller animates that group. Open the VRTs yourself (Temporal ▸ Fixed time range) for outputs not loaded on completion.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Décode un raster latent produit par eolatent:encode en variables physiques — indice de surface foliaire LAI (m²/m²), couvert végétal FCOVER, humidité du sol SM (m³/m³) et, en option, chlorophylle foliaire CAB (µg/cm²), eau foliaire CW (g/cm²), matière sèche CM (g/cm²) et brillance du sol — aux dates et à la résolution de votre choix, avec en option une incertitude à 1σ par variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; : une liste de dates séparées par des virgules (2020-07-01, 2020-07-15), ou sinon une série régulière du premier au dernier jour, tous les STEP_DAYS jours (7 par défaut, hebdomadaire) ; premier/dernier jour vide = la période encodée. Une date située dans une fenêtre encodée est décodée à partir de cette fenêtre ; une date située entre deux fenêtres encodées (une fenêtre sans acquisition n'est pas encodée) est le mélange linéaire dans le temps des deux voisines (l'incertitude est mélangée de la même façon). Une fenêtre n'est jamais décodée à plus de 15 jours de son centre (l'intervalle sur lequel les décodeurs sont entraînés) : au-delà, sa valeur est maintenue et l'incertitude à 1σ de LAI et FCOVER croît avec la distance (selon la dérive mesurée sur des séries Sentinel-2 réelles). Les dates hors de la période encodée sont refusées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages&lt;/b&gt; : un bloc sans observation valide dans une fenêtre y est sans données. Avec &lt;i&gt;combler les lacunes&lt;/i&gt; (par défaut), un tel bloc est décodé à partir de ses fenêtres valides les plus proches avant et après, mélangées dans le temps ; il reste sans données là où l'un des deux côtés n'en a pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Résolution&lt;/b&gt; (mètres) : un multiple de la taille de pixel de la pile qui divise le bloc (pour le préréglage fine à 10 m : 10, 20 ou 40 m) ; vide = la résolution de la pile. Un pixel grossier prend la valeur du décodeur en son centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : le décodeur de l'encodeur qui a produit le raster latent ; un fichier ONNX de décodeur (avancé) peut être indiqué, et il est refusé s'il a été entraîné pour un autre encodeur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : un GeoTIFF par variable, une bande par date dans l'ordre des dates. La description de chaque bande commence par sa date ("2020-07-01 LAI [m2/m2]") et ses métadonnées contiennent DATE, VARIABLE et UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Contrôleur temporel&lt;/b&gt; : QGIS 3.38 et versions ultérieures peuvent associer chaque bande à une date : les sorties reçoivent le mode temporel &lt;i&gt;Plage temporelle fixe par bande&lt;/i&gt; (chaque bande de sa date à la suivante), de sorte que le contrôleur temporel affiche la bande de la date courante. QGIS 3.22 à 3.36 ne savent pas associer les bandes d'un même GeoTIFF à des dates ; dans ce cas (option avancée, activée par défaut), chaque sortie reçoit aussi un dossier &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; contenant un petit VRT par date (qui pointe vers la bande, sans copie de pixels), et les sorties chargées à la fin du traitement sont accompagnées d'un groupe &lt;i&gt;… par date&lt;/i&gt; d'une couche par date, chacune avec la plage temporelle fixe allant de sa date à la suivante : le contrôleur temporel anime ce groupe. Ouvrez vous-même les VRT (Temporel ▸ Plage temporelle fixe) pour les sorties non chargées à la fin du traitement.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Decodes a latent raster made by eolatent:encode into physical variables — leaf area index LAI (m²/m²), vegetation cover FCOVER, soil moisture SM (m³/m³), and optionally leaf chlorophyll CAB (µg/cm²), leaf water CW (g/cm²), dry matter CM (g/cm²) and soil brightness — at the dates and the resolution you choose, with an optional 1σ uncertainty per variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: a comma-separated list of dates (2020-07-01, 2020-07-15), or else a regular series from the first to the last day every STEP_DAYS days (default 7, weekly); empty first/last day = the encoded period. A date inside an encoded window is decoded from that window; a date between two encoded windows (a window without acquisitions is not encoded) is the linear blend in time of the two neighbours (uncertainty blended the same way). A window is not decoded more than 15 days from its centre (the range the decoders are trained on): further away, its value is held, and the 1σ of LAI and FCOVER grows with the distance (by the drift measured on real Sentinel-2 series). Dates outside the encoded period are refused.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: a chunk with no valid observation in a window is no data there. With &lt;i&gt;fill gaps&lt;/i&gt; (default), such a chunk is decoded from its nearest valid windows before and after, blended in time; it stays no data where one side has none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resolution&lt;/b&gt; (metres): a multiple of the stack pixel size that divides the chunk (for the fine preset at 10 m: 10, 20 or 40 m); empty = the stack resolution. A coarse pixel is the decoder's value at its centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: the decoder of the encoder that made the latent raster; a decoder ONNX file (advanced) may be given, and is refused if it was trained for another encoder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one GeoTIFF per variable, one band per date in date order. Each band's description starts with its date ("2020-07-01 LAI [m²/m²]") and its metadata carries DATE, VARIABLE and UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal controller&lt;/b&gt;: QGIS 3.38 and later can map each band to a date: the outputs are given the temporal mode &lt;i&gt;Fixed time range per band&lt;/i&gt; (each band from its date to the next), so the temporal controller shows the band of the current date. QGIS 3.22 to 3.36 cannot map the bands of one GeoTIFF to dates; there (advanced option, on by default) each output also gets a folder &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; with one small VRT per date (pointing to the band, no pixel copied), and the outputs loaded on completion come with a group &lt;i&gt;… by date&lt;/i&gt; of one layer per date, each with the fixed time range from its date to the next: the temporal controller animates that group. Open the VRTs yourself (Temporal ▸ Fixed time range) for outputs not loaded on completion.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Décode un raster latent produit par eolatent:encode en variables physiques — indice de surface foliaire LAI (m²/m²), couvert végétal FCOVER, humidité du sol SM (m³/m³) et, en option, chlorophylle foliaire CAB (µg/cm²), eau foliaire CW (g/cm²), matière sèche CM (g/cm²) et brillance du sol — aux dates et à la résolution de votre choix, avec en option une incertitude à 1σ par variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; : une liste de dates séparées par des virgules (2020-07-01, 2020-07-15), ou sinon une série régulière du premier au dernier jour, tous les STEP_DAYS jours (7 par défaut, hebdomadaire) ; premier/dernier jour vide = la période encodée. Une date située dans une fenêtre encodée est décodée à partir de cette fenêtre ; une date située entre deux fenêtres encodées (une fenêtre sans acquisition n'est pas encodée) est le mélange linéaire dans le temps des deux voisines (l'incertitude est mélangée de la même façon). Une fenêtre n'est jamais décodée à plus de 15 jours de son centre (l'intervalle sur lequel les décodeurs sont entraînés) : au-delà, sa valeur est maintenue et l'incertitude à 1σ de LAI et FCOVER croît avec la distance (selon la dérive mesurée sur des séries Sentinel-2 réelles). Les dates hors de la période encodée sont refusées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages&lt;/b&gt; : un bloc sans observation valide dans une fenêtre y est sans données. Avec &lt;i&gt;combler les lacunes&lt;/i&gt; (par défaut), un tel bloc est décodé à partir de ses fenêtres valides les plus proches avant et après, mélangées dans le temps ; il reste sans données là où l'un des deux côtés n'en a pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Résolution&lt;/b&gt; (mètres) : un multiple de la taille de pixel de la pile qui divise le bloc (pour le préréglage fine à 10 m : 10, 20 ou 40 m) ; vide = la résolution de la pile. Un pixel grossier prend la valeur du décodeur en son centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : le décodeur de l'encodeur qui a produit le raster latent ; un fichier ONNX de décodeur (avancé) peut être indiqué, et il est refusé s'il a été entraîné pour un autre encodeur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : un GeoTIFF par variable, une bande par date dans l'ordre des dates. La description de chaque bande commence par sa date ("2020-07-01 LAI [m²/m²]") et ses métadonnées contiennent DATE, VARIABLE et UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Contrôleur temporel&lt;/b&gt; : QGIS 3.38 et versions ultérieures peuvent associer chaque bande à une date : les sorties reçoivent le mode temporel &lt;i&gt;Plage temporelle fixe par bande&lt;/i&gt; (chaque bande de sa date à la suivante), de sorte que le contrôleur temporel affiche la bande de la date courante. QGIS 3.22 à 3.36 ne savent pas associer les bandes d'un même GeoTIFF à des dates ; dans ce cas (option avancée, activée par défaut), chaque sortie reçoit aussi un dossier &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; contenant un petit VRT par date (qui pointe vers la bande, sans copie de pixels), et les sorties chargées à la fin du traitement sont accompagnées d'un groupe &lt;i&gt;… par date&lt;/i&gt; d'une couche par date, chacune avec la plage temporelle fixe allant de sa date à la suivante : le contrôleur temporel anime ce groupe. Ouvrez vous-même les VRT (Temporel ▸ Plage temporelle fixe) pour les sorties non chargées à la fin du traitement.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Decodes a latent raster made by eolatent:encode into physical variables — leaf area index LAI (m²/m²), vegetation cover FCOVER, soil moisture SM (m³/m³), and optionally leaf chlorophyll CAB (µg/cm²), leaf water CW (g/cm²), dry matter CM (g/cm²) and soil brightness — at the dates and the resolution you choose, with an optional 1σ uncertainty per variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: a comma-separated list of dates (2020-07-01, 2020-07-15), or else a regular series from the first to the last day every STEP_DAYS days (default 7, weekly); empty first/last day = the encoded period. A date inside an encoded window is decoded from that window; a date between two encoded windows (a window without acquisitions is not encoded) is the linear blend in time of the two neighbours (uncertainty blended the same way). A window is not decoded more than 15 days from its centre (the range the decoders are trained on): further away, its value is held. Dates outside the encoded period are refused.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: a chunk with no valid observation in a window is no data there. With &lt;i&gt;fill gaps&lt;/i&gt; (default), such a chunk is decoded from its nearest valid windows before and after, blended in time; it stays no data where one side has none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resolution&lt;/b&gt; (metres): a multiple of the stack pixel size that divides the chunk (for the fine preset at 10 m: 10, 20 or 40 m); empty = the stack resolution. A coarse pixel is the decoder's value at its centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: the decoder of the encoder that made the latent raster; a decoder ONNX file (advanced) may be given, and is refused if it was trained for another encoder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one GeoTIFF per variable, one band per date in date order. Each band's description starts with its date ("2020-07-01 LAI [m2/m2]") and its metadata carries DATE, VARIABLE and UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal controller&lt;/b&gt;: QGIS 3.38 and later can map each band to a date: the outputs are given the temporal mode &lt;i&gt;Fixed time range per band&lt;/i&gt; (each band from its date to the next), so the temporal controller shows the band of the current date. QGIS 3.22 to 3.36 cannot map the bands of one GeoTIFF to dates; there (advanced option, on by default) each output also gets a folder &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; with one small VRT per date (pointing to the band, no pixel copied), and the outputs loaded on completion come with a group &lt;i&gt;… by date&lt;/i&gt; of one layer per date, each with the fixed time range from its date to the next: the temporal controller animates that group. Open the VRTs yourself (Temporal ▸ Fixed time range) for outputs not loaded on completion.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Décode un raster latent produit par eolatent:encode en variables physiques — indice de surface foliaire LAI (m²/m²), couvert végétal FCOVER, humidité du sol SM (m³/m³) et, en option, chlorophylle foliaire CAB (µg/cm²), eau foliaire CW (g/cm²), matière sèche CM (g/cm²) et brillance du sol — aux dates et à la résolution de votre choix, avec en option une incertitude à 1σ par variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; : une liste de dates séparées par des virgules (2020-07-01, 2020-07-15), ou sinon une série régulière du premier au dernier jour, tous les STEP_DAYS jours (7 par défaut, hebdomadaire) ; premier/dernier jour vide = la période encodée. Une date située dans une fenêtre encodée est décodée à partir de cette fenêtre ; une date située entre deux fenêtres encodées (une fenêtre sans acquisition n'est pas encodée) est le mélange linéaire dans le temps des deux voisines (l'incertitude est mélangée de la même façon). Une fenêtre n'est jamais décodée à plus de 15 jours de son centre (l'intervalle sur lequel les décodeurs sont entraînés) : au-delà, sa valeur est maintenue. Les dates hors de la période encodée sont refusées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages&lt;/b&gt; : un bloc sans observation valide dans une fenêtre y est sans données. Avec &lt;i&gt;combler les lacunes&lt;/i&gt; (par défaut), un tel bloc est décodé à partir de ses fenêtres valides les plus proches avant et après, mélangées dans le temps ; il reste sans données là où l'un des deux côtés n'en a pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Résolution&lt;/b&gt; (mètres) : un multiple de la taille de pixel de la pile qui divise le bloc (pour le préréglage fine à 10 m : 10, 20 ou 40 m) ; vide = la résolution de la pile. Un pixel grossier prend la valeur du décodeur en son centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : le décodeur de l'encodeur qui a produit le raster latent ; un fichier ONNX de décodeur (avancé) peut être indiqué, et il est refusé s'il a été entraîné pour un autre encodeur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : un GeoTIFF par variable, une bande par date dans l'ordre des dates. La description de chaque bande commence par sa date ("2020-07-01 LAI [m2/m2]") et ses métadonnées contiennent DATE, VARIABLE et UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Contrôleur temporel&lt;/b&gt; : QGIS 3.38 et versions ultérieures peuvent associer chaque bande à une date : les sorties reçoivent le mode temporel &lt;i&gt;Plage temporelle fixe par bande&lt;/i&gt; (chaque bande de sa date à la suivante), de sorte que le contrôleur temporel affiche la bande de la date courante. QGIS 3.22 à 3.36 ne savent pas associer les bandes d'un même GeoTIFF à des dates ; dans ce cas (option avancée, activée par défaut), chaque sortie reçoit aussi un dossier &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; contenant un petit VRT par date (qui pointe vers la bande, sans copie de pixels), et les sorties chargées à la fin du traitement sont accompagnées d'un groupe &lt;i&gt;… par date&lt;/i&gt; d'une couche par date, chacune avec la plage temporelle fixe allant de sa date à la suivante : le contrôleur temporel anime ce groupe. Ouvrez vous-même les VRT (Temporel ▸ Plage temporelle fixe) pour les sorties non chargées à la fin du traitement.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Encodes a Sentinel-2 stack and/or a Sentinel-1 stack into a &lt;b&gt;latent raster&lt;/b&gt;: for every chunk of P × P pixels and every time window of W days, a vector of latent features (mean and log-variance) from a variational encoder. Decode it into physical variables with eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: stacks written by eolatent:buildstack. Give at least one; when both are given they must share the same grid (build them in one eolatent:buildstack run). The S2 stack needs B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; the S1 stack VV and VH. With one modality only (S2 only or S1 only), the other is given to the encoder as absent (zeros, validity 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: &lt;i&gt;fine4&lt;/i&gt; (4 × 4 px chunks, 10-day windows, 64 features), &lt;i&gt;seed100&lt;/i&gt; (100 × 100 px = 1 km, 256 features) or &lt;i&gt;presto&lt;/i&gt;, the published Presto foundation model (Tseng et al. 2023, MIT; pre-trained on 21.5 M real pixel series worldwide): 128 features per pixel for every run of up to 12 calendar months, from monthly means of the valid observations. Presto takes any subset of the S2 bands (e.g. 9-band composites without B8A) and S1 only, S2 only or both: what is missing is masked, never filled, and named in the log; a last band per window counts the months observed (S2 + 100 × S1). It has no decoder and no log-variance. &lt;i&gt;presto_small&lt;/i&gt; is a small network trained by EO Latent to give Presto's 128 features (the same inputs, the same latent layout) about 50 times faster on a CPU, at a measured accuracy cost (its card, README): for maps at 10 m of large areas without a GPU. Its latents are read by Presto's text-query model. An encoder ONNX file (advanced) overrides the choice.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grid factor&lt;/b&gt; (presto, presto_small): 1 encodes every pixel; f encodes the mean series of each f × f block (f² times faster, pixel size f × the stack's).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Time windows&lt;/b&gt;: from the start date (default: the first acquisition) to the end date (default: the last one), in consecutive windows of W days (10). A window without any acquisition is not encoded; decoding a date there blends the neighbouring windows. In each window the encoder gets, per pixel, the mean of the valid observations (S1 averaged in linear power, then in dB) and the fraction of the window's dates that were valid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds and nodata&lt;/b&gt;: invalid pixels (cloud mask, NaN) are left out of the means. A chunk with no valid pixel in a window (fully cloudy, outside the data) is no data (NaN) in that window. When the raster size is not a multiple of P, the last row/column of chunks is partial: its missing pixels are given to the encoder as invalid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: a float32 GeoTIFF with one pixel per chunk (pixel size P × the stack's), bands grouped by window: L mean bands then L log-variance bands, described "2020-07-01/2020-07-10 z000 mean"; its metadata records the encoder id and version (which eolatent:decode checks), chunk size, window length, windows and a content key of each input stack.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log and to the metadata (EOLATENT_PROVIDER).&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Encode une pile Sentinel-2 et/ou une pile Sentinel-1 en un &lt;b&gt;raster latent&lt;/b&gt; : pour chaque bloc de P × P pixels et chaque fenêtre temporelle de W jours, un vecteur de caractéristiques latentes (moyenne et log-variance) produit par un encodeur variationnel. Décodez-le en variables physiques avec eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrées&lt;/b&gt; : des piles écrites par eolatent:buildstack. Indiquez-en au moins une ; si les deux sont indiquées, elles doivent partager la même grille (construisez-les en une seule exécution de eolatent:buildstack). La pile S2 doit contenir B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; la pile S1, VV et VH. Avec une seule modalité (S2 seul ou S1 seul), l'autre est transmise à l'encodeur comme absente (zéros, validité 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : &lt;i&gt;fine4&lt;/i&gt; (blocs de 4 × 4 px, fenêtres de 10 jours, 64 caractéristiques), &lt;i&gt;seed100&lt;/i&gt; (100 × 100 px = 1 km, 256 caractéristiques) ou &lt;i&gt;presto&lt;/i&gt;, le modèle de fondation Presto publié (Tseng et al. 2023, MIT ; pré-entraîné sur 21,5 M de séries de pixels réelles du monde entier) : 128 caractéristiques par pixel pour chaque suite d'au plus 12 mois civils, à partir des moyennes mensuelles des observations valides. Presto accepte n'importe quel sous-ensemble des bandes S2 (p. ex. des composites à 9 bandes sans B8A) et S1 seul, S2 seul ou les deux : ce qui manque est masqué, jamais inventé, et nommé dans le journal ; une dernière bande par fenêtre compte les mois observés (S2 + 100 × S1). Il n'a ni décodeur ni log-variance. &lt;i&gt;presto_small&lt;/i&gt; est un petit réseau entraîné par EO Latent pour donner les 128 caractéristiques de Presto (mêmes entrées, même organisation du raster latent) environ 50 fois plus vite sur un CPU, pour un coût en précision mesuré (sa fiche, README) : pour des cartes à 10 m de grandes zones sans GPU. Ses latents sont lus par le modèle de requête textuelle de Presto. Un fichier ONNX d'encodeur (avancé) remplace ce choix.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facteur de grille&lt;/b&gt; (presto, presto_small) : 1 encode chaque pixel ; f encode la série moyenne de chaque bloc de f × f pixels (f² fois plus rapide, taille de pixel f × celle de la pile).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fenêtres temporelles&lt;/b&gt; : de la date de début (par défaut : la première acquisition) à la date de fin (par défaut : la dernière), en fenêtres consécutives de W jours (10). Une fenêtre sans aucune acquisition n'est pas encodée ; décoder une date qui s'y trouve mélange les fenêtres voisines. Dans chaque fenêtre, l'encodeur reçoit, par pixel, la moyenne des observations valides (S1 moyenné en puissance linéaire, puis converti en dB) et la fraction des dates de la fenêtre qui étaient valides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages et nodata&lt;/b&gt; : les pixels invalides (masque de nuages, NaN) sont exclus des moyennes. Un bloc sans aucun pixel valide dans une fenêtre (entièrement nuageux, hors des données) est sans données (NaN) dans cette fenêtre. Quand la taille du raster n'est pas un multiple de P, la dernière ligne/colonne de blocs est partielle : ses pixels manquants sont transmis à l'encodeur comme invalides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sortie&lt;/b&gt; : un GeoTIFF float32 avec un pixel par bloc (taille de pixel = P × celle de la pile), bandes groupées par fenêtre : L bandes de moyenne puis L bandes de log-variance, décrites "2020-07-01/2020-07-10 z000 mean" ; ses métadonnées enregistrent l'identifiant et la version de l'encodeur (que vérifie eolatent:decode), la taille des blocs, la durée des fenêtres, les fenêtres et une clé de contenu de chaque pile d'entrée.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal et dans les métadonnées (EOLATENT_PROVIDER).&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Encodes a Sentinel-2 stack and/or a Sentinel-1 stack into a &lt;b&gt;latent raster&lt;/b&gt;: for every chunk of P × P pixels and every time window of W days, a vector of latent features (mean and log-variance) from a variational encoder. Decode it into physical variables with eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: stacks written by eolatent:buildstack. Give at least one; when both are given they must share the same grid (build them in one eolatent:buildstack run). The S2 stack needs B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; the S1 stack VV and VH. With one modality only (S2 only or S1 only), the other is given to the encoder as absent (zeros, validity 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: &lt;i&gt;fine4&lt;/i&gt; (4 × 4 px chunks, 10-day windows, 64 features), &lt;i&gt;seed100&lt;/i&gt; (100 × 100 px = 1 km, 256 features) or &lt;i&gt;presto&lt;/i&gt;, the published Presto foundation model (Tseng et al. 2023, MIT; pre-trained on 21.5 M real pixel series worldwide): 128 features per pixel for every run of up to 12 calendar months, from monthly means of the valid observations. Presto takes any subset of the S2 bands (e.g. 9-band composites without B8A) and S1 only, S2 only or both: what is missing is masked, never filled, and named in the log; a last band per window counts the months observed (S2 + 100 × S1). It has no decoder and no log-variance. &lt;i&gt;presto_small&lt;/i&gt; is a small network trained by EO Latent to give Presto's 128 features (the same inputs, the same latent layout) about 50 times faster on a CPU, at a measured accuracy cost (its card, README): for maps at 10 m of large areas without a GPU. Its latents are read by Presto's text-query model. An encoder ONNX file (advanced) overrides the choice.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grid factor&lt;/b&gt; (presto, presto_small): 1 encodes every pixel; f encodes the mean series of each f × f block (f² times faster, pixel size f × the stack's).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Time windows&lt;/b&gt;: from the start date (default: the first acquisition) to the end date (default: the last one), in consecutive windows of W days (10). A window without any acquisition is not encoded; decoding a date there blends the neighbouring windows. In each window the encoder gets, per pixel, the mean of the valid observations (S1 averaged in linear power, then in dB) and the fraction of the window's dates that were valid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds and nodata&lt;/b&gt;: invalid pixels (cloud mask, NaN) are left out of the means. A chunk with no valid pixel in a window (fully cloudy, outside the data) is no data (NaN) in that window. When the raster size is not a multiple of P, the last row/column of chunks is partial: its missing pixels are given to the encoder as invalid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: a float32 GeoTIFF with one pixel per chunk (pixel size P × the stack's), bands grouped by window: L mean bands then L log-variance bands, described "2020-07-01/2020-07-10 z000 mean"; its metadata records the encoder id and version, chunk size, window length, windows and the input stacks' checksums, which eolatent:decode checks.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Encode une pile Sentinel-2 et/ou une pile Sentinel-1 en un &lt;b&gt;raster latent&lt;/b&gt; : pour chaque bloc de P × P pixels et chaque fenêtre temporelle de W jours, un vecteur de caractéristiques latentes (moyenne et log-variance) produit par un encodeur variationnel. Décodez-le en variables physiques avec eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrées&lt;/b&gt; : des piles écrites par eolatent:buildstack. Indiquez-en au moins une ; si les deux sont indiquées, elles doivent partager la même grille (construisez-les en une seule exécution de eolatent:buildstack). La pile S2 doit contenir B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; la pile S1, VV et VH. Avec une seule modalité (S2 seul ou S1 seul), l'autre est transmise à l'encodeur comme absente (zéros, validité 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : &lt;i&gt;fine4&lt;/i&gt; (blocs de 4 × 4 px, fenêtres de 10 jours, 64 caractéristiques), &lt;i&gt;seed100&lt;/i&gt; (100 × 100 px = 1 km, 256 caractéristiques) ou &lt;i&gt;presto&lt;/i&gt;, le modèle de fondation Presto publié (Tseng et al. 2023, MIT ; pré-entraîné sur 21,5 M de séries de pixels réelles du monde entier) : 128 caractéristiques par pixel pour chaque suite d'au plus 12 mois civils, à partir des moyennes mensuelles des observations valides. Presto accepte n'importe quel sous-ensemble des bandes S2 (p. ex. des composites à 9 bandes sans B8A) et S1 seul, S2 seul ou les deux : ce qui manque est masqué, jamais inventé, et nommé dans le journal ; une dernière bande par fenêtre compte les mois observés (S2 + 100 × S1). Il n'a ni décodeur ni log-variance. &lt;i&gt;presto_small&lt;/i&gt; est un petit réseau entraîné par EO Latent pour donner les 128 caractéristiques de Presto (mêmes entrées, même organisation du raster latent) environ 50 fois plus vite sur un CPU, pour un coût en précision mesuré (sa fiche, README) : pour des cartes à 10 m de grandes zones sans GPU. Ses latents sont lus par le modèle de requête textuelle de Presto. Un fichier ONNX d'encodeur (avancé) remplace ce choix.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facteur de grille&lt;/b&gt; (presto, presto_small) : 1 encode chaque pixel ; f encode la série moyenne de chaque bloc de f × f pixels (f² fois plus rapide, taille de pixel f × celle de la pile).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fenêtres temporelles&lt;/b&gt; : de la date de début (par défaut : la première acquisition) à la date de fin (par défaut : la dernière), en fenêtres consécutives de W jours (10). Une fenêtre sans aucune acquisition n'est pas encodée ; décoder une date qui s'y trouve mélange les fenêtres voisines. Dans chaque fenêtre, l'encodeur reçoit, par pixel, la moyenne des observations valides (S1 moyenné en puissance linéaire, puis converti en dB) et la fraction des dates de la fenêtre qui étaient valides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages et nodata&lt;/b&gt; : les pixels invalides (masque de nuages, NaN) sont exclus des moyennes. Un bloc sans aucun pixel valide dans une fenêtre (entièrement nuageux, hors des données) est sans données (NaN) dans cette fenêtre. Quand la taille du raster n'est pas un multiple de P, la dernière ligne/colonne de blocs est partielle : ses pixels manquants sont transmis à l'encodeur comme invalides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sortie&lt;/b&gt; : un GeoTIFF float32 avec un pixel par bloc (taille de pixel = P × celle de la pile), bandes groupées par fenêtre : L bandes de moyenne puis L bandes de log-variance, décrites "2020-07-01/2020-07-10 z000 mean" ; ses métadonnées enregistrent l'identifiant et la version de l'encodeur, la taille des blocs, la durée des fenêtres, les fenêtres et les sommes de contrôle des piles d'entrée, que vérifie eolatent:decode.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Encodes a Sentinel-2 stack and/or a Sentinel-1 stack into a &lt;b&gt;latent raster&lt;/b&gt;: for every chunk of P × P pixels and every time window of W days, a vector of latent features (mean and log-variance) from a variational encoder. Decode it into physical variables with eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: stacks written by eolatent:buildstack. Give at least one; when both are given they must share the same grid (build them in one eolatent:buildstack run). The S2 stack needs B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; the S1 stack VV and VH. With one modality only (S2 only or S1 only), the other is given to the encoder as absent (zeros, validity 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: &lt;i&gt;fine4&lt;/i&gt; (4 × 4 px chunks, 10-day windows, 64 features), &lt;i&gt;seed100&lt;/i&gt; (100 × 100 px = 1 km, 256 features) or &lt;i&gt;presto&lt;/i&gt;, the published Presto foundation model (Tseng et al. 2023, MIT; pre-trained on 21.5 M real pixel series worldwide): 128 features per pixel for every run of up to 12 calendar months, from monthly means of the valid observations. Presto takes any subset of the S2 bands (e.g. 9-band composites without B8A) and S1 only, S2 only or both: what is missing is masked, never filled, and named in the log; a last band per window counts the months observed (S2 + 100 × S1). It has no decoder and no log-variance. An encoder ONNX file (advanced) overrides the choice.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grid factor&lt;/b&gt; (presto only): 1 encodes every pixel; f encodes the mean series of each f × f block (f² times faster, pixel size f × the stack's).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Time windows&lt;/b&gt;: from the start date (default: the first acquisition) to the end date (default: the last one), in consecutive windows of W days (10). A window without any acquisition is not encoded; decoding a date there blends the neighbouring windows. In each window the encoder gets, per pixel, the mean of the valid observations (S1 averaged in linear power, then in dB) and the fraction of the window's dates that were valid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds and nodata&lt;/b&gt;: invalid pixels (cloud mask, NaN) are left out of the means. A chunk with no valid pixel in a window (fully cloudy, outside the data) is no data (NaN) in that window. When the raster size is not a multiple of P, the last row/column of chunks is partial: its missing pixels are given to the encoder as invalid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: a float32 GeoTIFF with one pixel per chunk (pixel size P × the stack's), bands grouped by window: L mean bands then L log-variance bands, described "2020-07-01/2020-07-10 z000 mean"; its metadata records the encoder id and version, chunk size, window length, windows and the input stacks' checksums, which eolatent:decode checks.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Encode une pile Sentinel-2 et/ou une pile Sentinel-1 en un &lt;b&gt;raster latent&lt;/b&gt; : pour chaque bloc de P × P pixels et chaque fenêtre temporelle de W jours, un vecteur de caractéristiques latentes (moyenne et log-variance) produit par un encodeur variationnel. Décodez-le en variables physiques avec eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrées&lt;/b&gt; : des piles écrites par eolatent:buildstack. Indiquez-en au moins une ; si les deux sont indiquées, elles doivent partager la même grille (construisez-les en une seule exécution de eolatent:buildstack). La pile S2 doit contenir B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; la pile S1, VV et VH. Avec une seule modalité (S2 seul ou S1 seul), l'autre est transmise à l'encodeur comme absente (zéros, validité 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : &lt;i&gt;fine4&lt;/i&gt; (blocs de 4 × 4 px, fenêtres de 10 jours, 64 caractéristiques), &lt;i&gt;seed100&lt;/i&gt; (100 × 100 px = 1 km, 256 caractéristiques) ou &lt;i&gt;presto&lt;/i&gt;, le modèle de fondation Presto publié (Tseng et al. 2023, MIT ; pré-entraîné sur 21,5 M de séries de pixels réelles du monde entier) : 128 caractéristiques par pixel pour chaque suite d'au plus 12 mois civils, à partir des moyennes mensuelles des observations valides. Presto accepte n'importe quel sous-ensemble des bandes S2 (p. ex. des composites à 9 bandes sans B8A) et S1 seul, S2 seul ou les deux : ce qui manque est masqué, jamais inventé, et nommé dans le journal ; une dernière bande par fenêtre compte les mois observés (S2 + 100 × S1). Il n'a ni décodeur ni log-variance. Un fichier ONNX d'encodeur (avancé) remplace ce choix.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facteur de grille&lt;/b&gt; (presto seulement) : 1 encode chaque pixel ; f encode la série moyenne de chaque bloc de f × f pixels (f² fois plus rapide, taille de pixel f × celle de la pile).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fenêtres temporelles&lt;/b&gt; : de la date de début (par défaut : la première acquisition) à la date de fin (par défaut : la dernière), en fenêtres consécutives de W jours (10). Une fenêtre sans aucune acquisition n'est pas encodée ; décoder une date qui s'y trouve mélange les fenêtres voisines. Dans chaque fenêtre, l'encodeur reçoit, par pixel, la moyenne des observations valides (S1 moyenné en puissance linéaire, puis converti en dB) et la fraction des dates de la fenêtre qui étaient valides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages et nodata&lt;/b&gt; : les pixels invalides (masque de nuages, NaN) sont exclus des moyennes. Un bloc sans aucun pixel valide dans une fenêtre (entièrement nuageux, hors des données) est sans données (NaN) dans cette fenêtre. Quand la taille du raster n'est pas un multiple de P, la dernière ligne/colonne de blocs est partielle : ses pixels manquants sont transmis à l'encodeur comme invalides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sortie&lt;/b&gt; : un GeoTIFF float32 avec un pixel par bloc (taille de pixel = P × celle de la pile), bandes groupées par fenêtre : L bandes de moyenne puis L bandes de log-variance, décrites "2020-07-01/2020-07-10 z000 mean" ; ses métadonnées enregistrent l'identifiant et la version de l'encodeur, la taille des blocs, la durée des fenêtres, les fenêtres et les sommes de contrôle des piles d'entrée, que vérifie eolatent:decode.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Encodes a Sentinel-2 stack and/or a Sentinel-1 stack into a &lt;b&gt;latent raster&lt;/b&gt;: for every chunk of P × P pixels and every time window of W days, a vector of latent features (mean and log-variance) from a variational encoder. Decode it into physical variables with eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: stacks written by eolatent:buildstack. Give at least one; when both are given they must share the same grid (build them in one eolatent:buildstack run). The S2 stack needs B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; the S1 stack VV and VH. With one modality only (S2 only or S1 only), the other is given to the encoder as absent (zeros, validity 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: the fine preset (4 × 4 px chunks, 64 features) or the seed preset (100 × 100 px = 1 km, 256 features); an encoder ONNX file (advanced) overrides it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Time windows&lt;/b&gt;: from the start date (default: the first acquisition) to the end date (default: the last one), in consecutive windows of W days (10). A window without any acquisition is not encoded; decoding a date there blends the neighbouring windows. In each window the encoder gets, per pixel, the mean of the valid observations (S1 averaged in linear power, then in dB) and the fraction of the window's dates that were valid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds and nodata&lt;/b&gt;: invalid pixels (cloud mask, NaN) are left out of the means. A chunk with no valid pixel in a window (fully cloudy, outside the data) is no data (NaN) in that window. When the raster size is not a multiple of P, the last row/column of chunks is partial: its missing pixels are given to the encoder as invalid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: a float32 GeoTIFF with one pixel per chunk (pixel size P × the stack's), bands grouped by window: L mean bands then L log-variance bands, described "2020-07-01/2020-07-10 z000 mean"; its metadata records the encoder id and version, chunk size, window length, windows and the input stacks' checksums, which eolatent:decode checks.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Encode une pile Sentinel-2 et/ou une pile Sentinel-1 en un &lt;b&gt;raster latent&lt;/b&gt; : pour chaque bloc de P × P pixels et chaque fenêtre temporelle de W jours, un vecteur de caractéristiques latentes (moyenne et log-variance) produit par un encodeur variationnel. Décodez-le en variables physiques avec eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrées&lt;/b&gt; : des piles écrites par eolatent:buildstack. Indiquez-en au moins une ; si les deux sont indiquées, elles doivent partager la même grille (construisez-les en une seule exécution de eolatent:buildstack). La pile S2 doit contenir B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; la pile S1, VV et VH. Avec une seule modalité (S2 seul ou S1 seul), l'autre est transmise à l'encodeur comme absente (zéros, validité 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : le préréglage fine (blocs de 4 × 4 px, 64 caractéristiques) ou le préréglage seed (100 × 100 px = 1 km, 256 caractéristiques) ; un fichier ONNX d'encodeur (avancé) remplace ce choix.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fenêtres temporelles&lt;/b&gt; : de la date de début (par défaut : la première acquisition) à la date de fin (par défaut : la dernière), en fenêtres consécutives de W jours (10). Une fenêtre sans aucune acquisition n'est pas encodée ; décoder une date qui s'y trouve mélange les fenêtres voisines. Dans chaque fenêtre, l'encodeur reçoit, par pixel, la moyenne des observations valides (S1 moyenné en puissance linéaire, puis converti en dB) et la fraction des dates de la fenêtre qui étaient valides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages et nodata&lt;/b&gt; : les pixels invalides (masque de nuages, NaN) sont exclus des moyennes. Un bloc sans aucun pixel valide dans une fenêtre (entièrement nuageux, hors des données) est sans données (NaN) dans cette fenêtre. Quand la taille du raster n'est pas un multiple de P, la dernière ligne/colonne de blocs est partielle : ses pixels manquants sont transmis à l'encodeur comme invalides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sortie&lt;/b&gt; : un GeoTIFF float32 avec un pixel par bloc (taille de pixel = P × celle de la pile), bandes groupées par fenêtre : L bandes de moyenne puis L bandes de log-variance, décrites "2020-07-01/2020-07-10 z000 mean" ; ses métadonnées enregistrent l'identifiant et la version de l'encodeur, la taille des blocs, la durée des fenêtres, les fenêtres et les sommes de contrôle des piles d'entrée, que vérifie eolatent:decode.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Groups the pixels of a latent raster into &lt;b&gt;k clusters&lt;/b&gt; of similar latent features (all time windows together): an unsupervised map to look at before labelling anything.&lt;/p&gt;&lt;p&gt;&lt;b&gt;K&lt;/b&gt;: the number of clusters, or 0 to choose it automatically: k-means is fitted for k = 2 … the largest k tried, and the k with the highest mean &lt;b&gt;silhouette&lt;/b&gt; width (compact, well separated clusters; computed on at most 3000 sampled pixels) wins. The scores are in the log.&lt;/p&gt;&lt;p&gt;k-means (scikit-learn MiniBatchKMeans, seeded) is fitted on a random sample of pixels; every pixel then goes to its nearest centroid, tile by tile. Clusters are numbered 1 … k by decreasing size; 0 is nodata. Any other raster (e.g. a Sentinel-2 stack) can be clustered on its bands too.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Regroupe les pixels d'un raster latent en &lt;b&gt;k groupes&lt;/b&gt; de variables latentes semblables (toutes les fenêtres temporelles ensemble) : une carte non supervisée à regarder avant d'étiqueter quoi que ce soit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;K&lt;/b&gt; : le nombre de groupes, ou 0 pour le choisir automatiquement : les k-moyennes sont ajustées pour k = 2 … le plus grand k essayé, et le k de plus grande &lt;b&gt;silhouette&lt;/b&gt; moyenne (groupes compacts et bien séparés ; calculée sur au plus 3000 pixels tirés) l'emporte. Les scores figurent dans le journal.&lt;/p&gt;&lt;p&gt;Les k-moyennes (scikit-learn MiniBatchKMeans, avec graine) sont ajustées sur un échantillon aléatoire de pixels ; chaque pixel va ensuite au centroïde le plus proche, tuile par tuile. Les groupes sont numérotés de 1 à k par taille décroissante ; 0 = sans donnée. Tout autre raster (par exemple une pile Sentinel-2) peut aussi être regroupé sur ses bandes.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a land-cover (or land-use) map from a latent raster and a few labelled polygons or points. &lt;b&gt;Train&lt;/b&gt; mode fits a classifier (scikit-learn; a random forest unless &lt;i&gt;Classifier&lt;/i&gt; says otherwise) on the latent features of the labelled pixels, measures it on a spatially separated validation split, saves it as an ONNX classifier with its model card, and maps the whole raster. &lt;b&gt;Apply&lt;/b&gt; mode maps a raster with a saved classifier — another area or another year in the same season — and needs neither scikit-learn nor training data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a latent raster from eolatent:encode (features: the latent means of every time window), or, for comparison, any other raster such as a Sentinel-2 stack from eolatent:buildstack (features: its bands). The map has the input's resolution (40 m for the fine latent preset).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Training layer&lt;/b&gt;: polygons or points with a class field (text or integer). A pixel is labelled when its centre lies in a polygon; a point labels the pixel that holds it. Features with an empty class are skipped. Class names and colours come from the layer's categorized style on the class field when it has one, else from a fixed palette; integer classes keep their values in the map, as do classes of a decimal or text field that are all whole numbers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Validation&lt;/b&gt;: a fraction of the polygons (default 0.3), taken as whole spatial blocks, is set aside; no polygon has pixels on both sides, and no class gives up more than its share when the blocks allow it. The report gives the overall accuracy, kappa, per-class precision, recall and F1 and the confusion matrix on these pixels, for the classifier trained without them. Then, by default (&lt;i&gt;After validating, fit the classifier again on every label&lt;/i&gt;), the classifier is fitted again on every label, validation polygons included, and that one makes the map and is saved: with few labels a third of them is too much to leave out of the map. Untick it to map with the validated classifier itself. A class with fewer than two usable polygons is trained but not validated (the report says so).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the class map (0 = nodata), the confidence (highest class probability, 0–1), the classifier (.onnx) and the report (.html, or .json for a machine-readable one). Applying a classifier made for another encoder, season or set of bands is refused.&lt;/p&gt;&lt;p&gt;Training needs scikit-learn and skl2onnx; the message says how to install them if they are missing. With qgis_process or processing.run, MODEL given without MODE and without TRAINING means apply mode.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Produit une carte d'occupation (ou d'usage) du sol à partir d'un raster latent et de quelques polygones ou points étiquetés. Le mode &lt;b&gt;entraîner&lt;/b&gt; ajuste un classifieur (scikit-learn ; une forêt aléatoire, sauf si &lt;i&gt;Classifieur&lt;/i&gt; en indique un autre) sur les variables latentes des pixels étiquetés, la mesure sur un échantillon de validation séparé spatialement, l'enregistre comme classifieur ONNX avec sa fiche de modèle et cartographie tout le raster. Le mode &lt;b&gt;appliquer&lt;/b&gt; cartographie un raster avec un classifieur enregistré — une autre zone ou une autre année à la même saison — et n'a besoin ni de scikit-learn ni de données d'entraînement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : un raster latent issu d'eolatent:encode (variables : les moyennes latentes de chaque fenêtre temporelle) ou, pour comparaison, tout autre raster, par exemple une pile Sentinel-2 d'eolatent:buildstack (variables : ses bandes). La carte a la résolution de l'entrée (40 m pour le préréglage latent fin).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Couche d'entraînement&lt;/b&gt; : des polygones ou des points avec un champ de classe (texte ou entier). Un pixel est étiqueté quand son centre est dans un polygone ; un point étiquette le pixel qui le contient. Les entités sans classe sont ignorées. Les noms et couleurs des classes viennent du style catégorisé de la couche sur le champ de classe s'il existe, sinon d'une palette fixe ; les classes entières gardent leur valeur dans la carte, comme celles d'un champ décimal ou texte qui ne sont toutes que des nombres entiers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Validation&lt;/b&gt; : une fraction des polygones (0,3 par défaut), prise par blocs spatiaux entiers, est mise de côté ; aucun polygone n'a de pixels des deux côtés, et aucune classe n'en cède plus que sa part quand les blocs le permettent. Le rapport donne la précision globale, le kappa, la précision, le rappel et le F1 par classe et la matrice de confusion sur ces pixels, pour le classifieur entraîné sans eux. Ensuite, par défaut (&lt;i&gt;Après la validation, réentraîner le classifieur sur toutes les étiquettes&lt;/i&gt;), le classifieur est ajusté à nouveau sur toutes les étiquettes, polygones de validation compris, et c'est lui qui produit la carte et qui est enregistré : avec peu d'étiquettes, en écarter un tiers de la carte coûte trop. Décochez l'option pour cartographier avec le classifieur validé lui-même. Une classe ayant moins de deux polygones utilisables est entraînée mais pas validée (le rapport le signale).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : la carte des classes (0 = sans donnée), la confiance (probabilité de la classe la plus probable, 0–1), le classifieur (.onnx) et le rapport (.html, ou .json pour une lecture par programme). Un classifieur fait pour un autre encodeur, une autre saison ou d'autres bandes est refusé.&lt;/p&gt;&lt;p&gt;L'entraînement nécessite scikit-learn et skl2onnx ; s'ils manquent, le message indique comment les installer. Avec qgis_process ou processing.run, MODEL donné sans MODE et sans TRAINING signifie le mode application.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a land-cover (or land-use) map from a latent raster and a few labelled polygons or points. &lt;b&gt;Train&lt;/b&gt; mode fits a classifier (scikit-learn; a random forest unless &lt;i&gt;Classifier&lt;/i&gt; says otherwise) on the latent features of the labelled pixels, measures it on a spatially separated validation split, saves it as an ONNX classifier with its model card, and maps the whole raster. &lt;b&gt;Apply&lt;/b&gt; mode maps a raster with a saved classifier — another area or another year in the same season — and needs neither scikit-learn nor training data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a latent raster from eolatent:encode (features: the latent means of every time window), or, for comparison, any other raster such as a Sentinel-2 stack from eolatent:buildstack (features: its bands). The map has the input's resolution (40 m for the fine latent preset).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Training layer&lt;/b&gt;: polygons or points with a class field (text or integer). A pixel is labelled when its centre lies in a polygon; a point labels the pixel that holds it. Features with an empty class are skipped. Class names and colours come from the layer's categorized style on the class field when it has one, else from a fixed palette; integer classes keep their values in the map.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Validation&lt;/b&gt;: a fraction of the polygons (default 0.3), taken as whole spatial blocks, is set aside; no polygon has pixels on both sides, and no class gives up more than its share when the blocks allow it. The report gives the overall accuracy, kappa, per-class precision, recall and F1 and the confusion matrix on these pixels, for the classifier trained without them. Then, by default (&lt;i&gt;After validating, fit the classifier again on every label&lt;/i&gt;), the classifier is fitted again on every label, validation polygons included, and that one makes the map and is saved: with few labels a third of them is too much to leave out of the map. Untick it to map with the validated classifier itself. A class with fewer than two usable polygons is trained but not validated (the report says so).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the class map (0 = nodata), the confidence (highest class probability, 0–1), the classifier (.onnx) and the report (.html, or .json for a machine-readable one). Applying a classifier made for another encoder, season or set of bands is refused.&lt;/p&gt;&lt;p&gt;Training needs scikit-learn and skl2onnx; the message says how to install them if they are missing. With qgis_process or processing.run, MODEL given without MODE and without TRAINING means apply mode.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Produit une carte d'occupation (ou d'usage) du sol à partir d'un raster latent et de quelques polygones ou points étiquetés. Le mode &lt;b&gt;entraîner&lt;/b&gt; ajuste un classifieur (scikit-learn ; une forêt aléatoire, sauf si &lt;i&gt;Classifieur&lt;/i&gt; en indique un autre) sur les variables latentes des pixels étiquetés, la mesure sur un échantillon de validation séparé spatialement, l'enregistre comme classifieur ONNX avec sa fiche de modèle et cartographie tout le raster. Le mode &lt;b&gt;appliquer&lt;/b&gt; cartographie un raster avec un classifieur enregistré — une autre zone ou une autre année à la même saison — et n'a besoin ni de scikit-learn ni de données d'entraînement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : un raster latent issu d'eolatent:encode (variables : les moyennes latentes de chaque fenêtre temporelle) ou, pour comparaison, tout autre raster, par exemple une pile Sentinel-2 d'eolatent:buildstack (variables : ses bandes). La carte a la résolution de l'entrée (40 m pour le préréglage latent fin).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Couche d'entraînement&lt;/b&gt; : des polygones ou des points avec un champ de classe (texte ou entier). Un pixel est étiqueté quand son centre est dans un polygone ; un point étiquette le pixel qui le contient. Les entités sans classe sont ignorées. Les noms et couleurs des classes viennent du style catégorisé de la couche sur le champ de classe s'il existe, sinon d'une palette fixe ; les classes entières gardent leur valeur dans la carte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Validation&lt;/b&gt; : une fraction des polygones (0,3 par défaut), prise par blocs spatiaux entiers, est mise de côté ; aucun polygone n'a de pixels des deux côtés, et aucune classe n'en cède plus que sa part quand les blocs le permettent. Le rapport donne la précision globale, le kappa, la précision, le rappel et le F1 par classe et la matrice de confusion sur ces pixels, pour le classifieur entraîné sans eux. Ensuite, par défaut (&lt;i&gt;Après la validation, réentraîner le classifieur sur toutes les étiquettes&lt;/i&gt;), le classifieur est ajusté à nouveau sur toutes les étiquettes, polygones de validation compris, et c'est lui qui produit la carte et qui est enregistré : avec peu d'étiquettes, en écarter un tiers de la carte coûte trop. Décochez l'option pour cartographier avec le classifieur validé lui-même. Une classe ayant moins de deux polygones utilisables est entraînée mais pas validée (le rapport le signale).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : la carte des classes (0 = sans donnée), la confiance (probabilité de la classe la plus probable, 0–1), le classifieur (.onnx) et le rapport (.html, ou .json pour une lecture par programme). Un classifieur fait pour un autre encodeur, une autre saison ou d'autres bandes est refusé.&lt;/p&gt;&lt;p&gt;L'entraînement nécessite scikit-learn et skl2onnx ; s'ils manquent, le message indique comment les installer. Avec qgis_process ou processing.run, MODEL donné sans MODE et sans TRAINING signifie le mode application.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a land-cover (or land-use) map from a latent raster and a few labelled polygons or points. &lt;b&gt;Train&lt;/b&gt; mode fits a classifier (scikit-learn; a random forest unless &lt;i&gt;Classifier&lt;/i&gt; says otherwise) on the latent features of the labelled pixels, measures it on a spatially separated validation split, saves it as an ONNX classifier with its model card, and maps the whole raster. &lt;b&gt;Apply&lt;/b&gt; mode maps a raster with a saved classifier — another area or another year in the same season — and needs neither scikit-learn nor training data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a latent raster from eolatent:encode (features: the latent means of every time window), or, for comparison, any other raster such as a Sentinel-2 stack from eolatent:buildstack (features: its bands). The map has the input's resolution (40 m for the fine latent preset).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Training layer&lt;/b&gt;: polygons or points with a class field (text or integer). A pixel is labelled when its centre lies in a polygon; a point labels the pixel that holds it. Features with an empty class are skipped. Class names and colours come from the layer's categorized style on the class field when it has one, else from a fixed palette; integer classes keep their values in the map.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Validation&lt;/b&gt;: a fraction of the polygons (default 0.3), taken as whole spatial blocks, is set aside; no polygon has pixels on both sides, and no class gives up more than its share when the blocks allow it. The report gives the overall accuracy, kappa, per-class precision, recall and F1 and the confusion matrix on these pixels, for the classifier trained without them. Then, by default (&lt;i&gt;After validating, fit the classifier again on every label&lt;/i&gt;), the classifier is fitted again on every label, validation polygons included, and that one makes the map and is saved: with few labels a third of them is too much to leave out of the map. Untick it to map with the validated classifier itself. A class with fewer than two usable polygons is trained but not validated (the report says so).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the class map (0 = nodata), the confidence (highest class probability, 0–1), the classifier (.onnx) and the report (.html, or .json for a machine-readable one). Applying a classifier made for another encoder, season or set of bands is refused.&lt;/p&gt;&lt;p&gt;Training needs scikit-learn and skl2onnx; the message says how to install them if they are missing.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Produit une carte d'occupation (ou d'usage) du sol à partir d'un raster latent et de quelques polygones ou points étiquetés. Le mode &lt;b&gt;entraîner&lt;/b&gt; ajuste un classifieur (scikit-learn ; une forêt aléatoire, sauf si &lt;i&gt;Classifieur&lt;/i&gt; en indique un autre) sur les variables latentes des pixels étiquetés, la mesure sur un échantillon de validation séparé spatialement, l'enregistre comme classifieur ONNX avec sa fiche de modèle et cartographie tout le raster. Le mode &lt;b&gt;appliquer&lt;/b&gt; cartographie un raster avec un classifieur enregistré — une autre zone ou une autre année à la même saison — et n'a besoin ni de scikit-learn ni de données d'entraînement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : un raster latent issu d'eolatent:encode (variables : les moyennes latentes de chaque fenêtre temporelle) ou, pour comparaison, tout autre raster, par exemple une pile Sentinel-2 d'eolatent:buildstack (variables : ses bandes). La carte a la résolution de l'entrée (40 m pour le préréglage latent fin).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Couche d'entraînement&lt;/b&gt; : des polygones ou des points avec un champ de classe (texte ou entier). Un pixel est étiqueté quand son centre est dans un polygone ; un point étiquette le pixel qui le contient. Les entités sans classe sont ignorées. Les noms et couleurs des classes viennent du style catégorisé de la couche sur le champ de classe s'il existe, sinon d'une palette fixe ; les classes entières gardent leur valeur dans la carte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Validation&lt;/b&gt; : une fraction des polygones (0,3 par défaut), prise par blocs spatiaux entiers, est mise de côté ; aucun polygone n'a de pixels des deux côtés, et aucune classe n'en cède plus que sa part quand les blocs le permettent. Le rapport donne la précision globale, le kappa, la précision, le rappel et le F1 par classe et la matrice de confusion sur ces pixels, pour le classifieur entraîné sans eux. Ensuite, par défaut (&lt;i&gt;Après la validation, réentraîner le classifieur sur toutes les étiquettes&lt;/i&gt;), le classifieur est ajusté à nouveau sur toutes les étiquettes, polygones de validation compris, et c'est lui qui produit la carte et qui est enregistré : avec peu d'étiquettes, en écarter un tiers de la carte coûte trop. Décochez l'option pour cartographier avec le classifieur validé lui-même. Une classe ayant moins de deux polygones utilisables est entraînée mais pas validée (le rapport le signale).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : la carte des classes (0 = sans donnée), la confiance (probabilité de la classe la plus probable, 0–1), le classifieur (.onnx) et le rapport (.html, ou .json pour une lecture par programme). Un classifieur fait pour un autre encodeur, une autre saison ou d'autres bandes est refusé.&lt;/p&gt;&lt;p&gt;L'entraînement nécessite scikit-learn et skl2onnx ; s'ils manquent, le message indique comment les installer.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a land-cover (or land-use) map from a latent raster and a few labelled polygons or points. &lt;b&gt;Train&lt;/b&gt; mode fits a classifier (scikit-learn; a random forest unless &lt;i&gt;Classifier&lt;/i&gt; says otherwise) on the latent features of the labelled pixels, measures it on a spatially separated validation split, saves it as an ONNX classifier with its model card, and maps the whole raster. &lt;b&gt;Apply&lt;/b&gt; mode maps a raster with a saved classifier — another area or another year in the same season — and needs neither scikit-learn nor training data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a latent raster from eolatent:encode (features: the latent means of every time window), or, for comparison, any other raster such as a Sentinel-2 stack from eolatent:buildstack (features: its bands). The map has the input's resolution (40 m for the fine latent preset).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Training layer&lt;/b&gt;: polygons or points with a class field (text or integer). A pixel is labelled when its centre lies in a polygon; a point labels the pixel that holds it. Features with an empty class are skipped. Class names and colours come from the layer's categorized style on the class field when it has one, else from a fixed palette; integer classes keep their values in the map.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Validation&lt;/b&gt;: a fraction of the polygons (default 0.3), taken as whole spatial blocks, is set aside; no polygon has pixels on both sides. The report gives the overall accuracy, kappa, per-class precision, recall and F1 and the confusion matrix on these pixels. The saved classifier is the one trained without them, so the figures describe it. A class with fewer than two usable polygons is trained but not validated (the report says so).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the class map (0 = nodata), the confidence (highest class probability, 0–1), the classifier (.onnx) and the report (.html, or .json for a machine-readable one). Applying a classifier made for another encoder, season or set of bands is refused.&lt;/p&gt;&lt;p&gt;Training needs scikit-learn and skl2onnx; the message says how to install them if they are missing.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Produit une carte d'occupation (ou d'usage) du sol à partir d'un raster latent et de quelques polygones ou points étiquetés. Le mode &lt;b&gt;entraîner&lt;/b&gt; ajuste un classifieur (scikit-learn ; une forêt aléatoire, sauf si &lt;i&gt;Classifieur&lt;/i&gt; en indique un autre) sur les variables latentes des pixels étiquetés, la mesure sur un échantillon de validation séparé spatialement, l'enregistre comme classifieur ONNX avec sa fiche de modèle et cartographie tout le raster. Le mode &lt;b&gt;appliquer&lt;/b&gt; cartographie un raster avec un classifieur enregistré — une autre zone ou une autre année à la même saison — et n'a besoin ni de scikit-learn ni de données d'entraînement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : un raster latent issu d'eolatent:encode (variables : les moyennes latentes de chaque fenêtre temporelle) ou, pour comparaison, tout autre raster, par exemple une pile Sentinel-2 d'eolatent:buildstack (variables : ses bandes). La carte a la résolution de l'entrée (40 m pour le préréglage latent fin).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Couche d'entraînement&lt;/b&gt; : des polygones ou des points avec un champ de classe (texte ou entier). Un pixel est étiqueté quand son centre est dans un polygone ; un point étiquette le pixel qui le contient. Les entités sans classe sont ignorées. Les noms et couleurs des classes viennent du style catégorisé de la couche sur le champ de classe s'il existe, sinon d'une palette fixe ; les classes entières gardent leur valeur dans la carte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Validation&lt;/b&gt; : une fraction des polygones (0,3 par défaut), prise par blocs spatiaux entiers, est mise de côté ; aucun polygone n'a de pixels des deux côtés. Le rapport donne la précision globale, le kappa, la précision, le rappel et le F1 par classe et la matrice de confusion sur ces pixels. Le classifieur enregistré est celui entraîné sans eux : les chiffres le décrivent. Une classe ayant moins de deux polygones utilisables est entraînée mais pas validée (le rapport le signale).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : la carte des classes (0 = sans donnée), la confiance (probabilité de la classe la plus probable, 0–1), le classifieur (.onnx) et le rapport (.html, ou .json pour une lecture par programme). Un classifieur fait pour un autre encodeur, une autre saison ou d'autres bandes est refusé.&lt;/p&gt;&lt;p&gt;L'entraînement nécessite scikit-learn et skl2onnx ; s'ils manquent, le message indique comment les installer.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands), an ESA SAFE L1C/L2A folder or a Theia/MAJA L2A folder. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes), un dossier ESA SAFE L1C/L2A ou un dossier Theia/MAJA L2A. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands), an ESA SAFE L1C/L2A folder or a Theia/MAJA L2A folder. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured; on dates without a mask, clouds and shadows are detected (s2cloudless on Level-1C, spectral rules on Level-2A) and flagged 4, unless &lt;i&gt;Detect clouds and shadows&lt;/i&gt; is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none. Without either, the sun is computed from the acquisition time and place, the view zenith is 5° and the relative azimuth 90°, and the log says so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clumping&lt;/b&gt; (true LAI): the networks invert a turbid-medium canopy (leaves placed at random), so LAI, CCC and CWC are &lt;i&gt;effective&lt;/i&gt; values (as SNAP's SL2P). Real canopies group their leaves (shoots, crowns, rows): true LAI = effective LAI / Ω, with the clumping index Ω about 0.5–0.9 for forests. Set one Ω for every pixel, or give a clumping-index map (any CRS and resolution, Ω in 0–1 or in percent, e.g. the global 500 m map of He et al. 2012); FAPAR and FCOVER are unchanged. The default, 1, keeps the effective values; the choice is written to the log and to the EOLATENT_LAI_DEFINITION tag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes), un dossier ESA SAFE L1C/L2A ou un dossier Theia/MAJA L2A. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés ; sur les dates sans masque, les nuages et leurs ombres sont détectés (s2cloudless en niveau 1C, règles spectrales en niveau 2A) et signalés par l'indicateur 4, sauf si &lt;i&gt;Détecter les nuages et les ombres&lt;/i&gt; est décoché.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas. À défaut, le soleil est calculé à partir de l'heure et du lieu d'acquisition, l'angle zénithal de visée vaut 5° et l'azimut relatif 90°, et le journal l'indique.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Agrégation&lt;/b&gt; (LAI vrai) : les réseaux inversent un couvert en milieu turbide (feuilles placées au hasard), le LAI, le CCC et le CWC sont donc des valeurs &lt;i&gt;effectives&lt;/i&gt; (comme le SL2P de SNAP). Les couverts réels regroupent leurs feuilles (pousses, houppiers, rangs) : LAI vrai = LAI effectif / Ω, l'indice d'agrégation Ω valant environ 0,5–0,9 pour les forêts. Indiquez un Ω pour tous les pixels, ou une carte d'indice d'agrégation (tout SCR et toute résolution, Ω dans 0–1 ou en pourcentage, par exemple la carte mondiale à 500 m de He et al. 2012) ; FAPAR et FCOVER ne changent pas. La valeur par défaut, 1, garde les valeurs effectives ; le choix est écrit dans le journal et dans l'étiquette EOLATENT_LAI_DEFINITION.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands), an ESA SAFE L1C/L2A folder or a Theia/MAJA L2A folder. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured; on dates without a mask, clouds and shadows are detected (s2cloudless on Level-1C, spectral rules on Level-2A) and flagged 4, unless &lt;i&gt;Detect clouds and shadows&lt;/i&gt; is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none. Without either, the sun is computed from the acquisition time and place, the view zenith is 5° and the relative azimuth 90°, and the log says so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes), un dossier ESA SAFE L1C/L2A ou un dossier Theia/MAJA L2A. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés ; sur les dates sans masque, les nuages et leurs ombres sont détectés (s2cloudless en niveau 1C, règles spectrales en niveau 2A) et signalés par l'indicateur 4, sauf si &lt;i&gt;Détecter les nuages et les ombres&lt;/i&gt; est décoché.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas. À défaut, le soleil est calculé à partir de l'heure et du lieu d'acquisition, l'angle zénithal de visée vaut 5° et l'azimut relatif 90°, et le journal l'indique.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands), an ESA SAFE L1C/L2A folder or a Theia/MAJA L2A folder. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured; on dates without a mask, clouds and shadows are detected (s2cloudless on Level-1C, spectral rules on Level-2A) and flagged 4, unless &lt;i&gt;Detect clouds and shadows&lt;/i&gt; is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes), un dossier ESA SAFE L1C/L2A ou un dossier Theia/MAJA L2A. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés ; sur les dates sans masque, les nuages et leurs ombres sont détectés (s2cloudless en niveau 1C, règles spectrales en niveau 2A) et signalés par l'indicateur 4, sauf si &lt;i&gt;Détecter les nuages et les ombres&lt;/i&gt; est décoché.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: give one of the two. &lt;i&gt;Sentinel-2 stack or single-date raster&lt;/i&gt; (INPUT): a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands). &lt;i&gt;Sentinel-2 product folder&lt;/i&gt; (INPUT_FOLDER): an ESA SAFE L1C/L2A folder (*.SAFE) or a Theia/MAJA L2A folder; with qgis_process or processing.run, INPUT=path/to/product.SAFE (or its MTD_MSIL2A.xml) is taken as that folder too. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured; on dates without a mask, clouds and shadows are detected (s2cloudless on Level-1C, spectral rules on Level-2A) and flagged 4, unless &lt;i&gt;Detect clouds and shadows&lt;/i&gt; is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none. Without either, the sun is computed from the acquisition time and place, the view zenith is 5° and the relative azimuth 90°, and the log says so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clumping&lt;/b&gt; (true LAI): the networks invert a turbid-medium canopy (leaves placed at random), so LAI, CCC and CWC are &lt;i&gt;effective&lt;/i&gt; values (as SNAP's SL2P). Real canopies group their leaves (shoots, crowns, rows): true LAI = effective LAI / Ω, with the clumping index Ω about 0.5–0.9 for forests. Set one Ω for every pixel, or give a clumping-index map (any CRS and resolution, Ω in 0–1 or in percent, e.g. the global 500 m map of He et al. 2012); FAPAR and FCOVER are unchanged. The default, 1, keeps the effective values; the choice is written to the log and to the EOLATENT_LAI_DEFINITION tag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled). By default (&lt;i&gt;Smoothing window&lt;/i&gt; 0) how smooth the series are is fitted to the input by maximum likelihood, so that the 1σ of filled dates means what it says (held-out dates of real series from four regions fell within ±1σ 55–71 % of the time); a window in days sets it instead.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : donnez l'une des deux. &lt;i&gt;Pile Sentinel-2 ou raster d'une seule date&lt;/i&gt; (INPUT) : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes). &lt;i&gt;Dossier de produit Sentinel-2&lt;/i&gt; (INPUT_FOLDER) : un dossier ESA SAFE L1C/L2A (*.SAFE) ou un dossier Theia/MAJA L2A ; avec qgis_process ou processing.run, INPUT=chemin/vers/produit.SAFE (ou son MTD_MSIL2A.xml) est aussi compris comme ce dossier. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés ; sur les dates sans masque, les nuages et leurs ombres sont détectés (s2cloudless en niveau 1C, règles spectrales en niveau 2A) et signalés par l'indicateur 4, sauf si &lt;i&gt;Détecter les nuages et les ombres&lt;/i&gt; est décoché.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas. À défaut, le soleil est calculé à partir de l'heure et du lieu d'acquisition, l'angle zénithal de visée vaut 5° et l'azimut relatif 90°, et le journal l'indique.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Agrégation&lt;/b&gt; (LAI vrai) : les réseaux inversent un couvert en milieu turbide (feuilles placées au hasard), le LAI, le CCC et le CWC sont donc des valeurs &lt;i&gt;effectives&lt;/i&gt; (comme le SL2P de SNAP). Les couverts réels regroupent leurs feuilles (pousses, houppiers, rangs) : LAI vrai = LAI effectif / Ω, l'indice d'agrégation Ω valant environ 0,5–0,9 pour les forêts. Indiquez un Ω pour tous les pixels, ou une carte d'indice d'agrégation (tout SCR et toute résolution, Ω dans 0–1 ou en pourcentage, par exemple la carte mondiale à 500 m de He et al. 2012) ; FAPAR et FCOVER ne changent pas. La valeur par défaut, 1, garde les valeurs effectives ; le choix est écrit dans le journal et dans l'étiquette EOLATENT_LAI_DEFINITION.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé). Par défaut (&lt;i&gt;Fenêtre de lissage&lt;/i&gt; 0), le degré de lissage des séries est ajusté à l'entrée par maximum de vraisemblance, pour que le 1σ des dates comblées dise vrai (des dates mises de côté de séries réelles de quatre régions sont tombées dans ±1σ 55–71 % du temps) ; une fenêtre en jours le fixe à la place.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: give one of the two. &lt;i&gt;Sentinel-2 stack or single-date raster&lt;/i&gt; (INPUT): a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands). &lt;i&gt;Sentinel-2 product folder&lt;/i&gt; (INPUT_FOLDER): an ESA SAFE L1C/L2A folder (*.SAFE) or a Theia/MAJA L2A folder; with qgis_process or processing.run, INPUT=path/to/product.SAFE (or its MTD_MSIL2A.xml) is taken as that folder too. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured; on dates without a mask, clouds and shadows are detected (s2cloudless on Level-1C, spectral rules on Level-2A) and flagged 4, unless &lt;i&gt;Detect clouds and shadows&lt;/i&gt; is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none. Without either, the sun is computed from the acquisition time and place, the view zenith is 5° and the relative azimuth 90°, and the log says so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clumping&lt;/b&gt; (true LAI): the networks invert a turbid-medium canopy (leaves placed at random), so LAI, CCC and CWC are &lt;i&gt;effective&lt;/i&gt; values (as SNAP's SL2P). Real canopies group their leaves (shoots, crowns, rows): true LAI = effective LAI / Ω, with the clumping index Ω about 0.5–0.9 for forests. Set one Ω for every pixel, or give a clumping-index map (any CRS and resolution, Ω in 0–1 or in percent, e.g. the global 500 m map of He et al. 2012); FAPAR and FCOVER are unchanged. The default, 1, keeps the effective values; the choice is written to the log and to the EOLATENT_LAI_DEFINITION tag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled). By default (&lt;i&gt;Smoothing window&lt;/i&gt; 0) how smooth the series are, and a factor on the per-date 1σ, are fitted to the input by maximum likelihood, so that the smoothed 1σ means what it says (held-out dates of real series from four regions fell within ±1σ 68–76 % of the time); a window in days sets the smoothness instead.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : donnez l'une des deux. &lt;i&gt;Pile Sentinel-2 ou raster d'une seule date&lt;/i&gt; (INPUT) : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes). &lt;i&gt;Dossier de produit Sentinel-2&lt;/i&gt; (INPUT_FOLDER) : un dossier ESA SAFE L1C/L2A (*.SAFE) ou un dossier Theia/MAJA L2A ; avec qgis_process ou processing.run, INPUT=chemin/vers/produit.SAFE (ou son MTD_MSIL2A.xml) est aussi compris comme ce dossier. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés ; sur les dates sans masque, les nuages et leurs ombres sont détectés (s2cloudless en niveau 1C, règles spectrales en niveau 2A) et signalés par l'indicateur 4, sauf si &lt;i&gt;Détecter les nuages et les ombres&lt;/i&gt; est décoché.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas. À défaut, le soleil est calculé à partir de l'heure et du lieu d'acquisition, l'angle zénithal de visée vaut 5° et l'azimut relatif 90°, et le journal l'indique.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Agrégation&lt;/b&gt; (LAI vrai) : les réseaux inversent un couvert en milieu turbide (feuilles placées au hasard), le LAI, le CCC et le CWC sont donc des valeurs &lt;i&gt;effectives&lt;/i&gt; (comme le SL2P de SNAP). Les couverts réels regroupent leurs feuilles (pousses, houppiers, rangs) : LAI vrai = LAI effectif / Ω, l'indice d'agrégation Ω valant environ 0,5–0,9 pour les forêts. Indiquez un Ω pour tous les pixels, ou une carte d'indice d'agrégation (tout SCR et toute résolution, Ω dans 0–1 ou en pourcentage, par exemple la carte mondiale à 500 m de He et al. 2012) ; FAPAR et FCOVER ne changent pas. La valeur par défaut, 1, garde les valeurs effectives ; le choix est écrit dans le journal et dans l'étiquette EOLATENT_LAI_DEFINITION.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé). Par défaut (&lt;i&gt;Fenêtre de lissage&lt;/i&gt; 0), le degré de lissage des séries, ainsi qu'un facteur sur le 1σ de chaque date, sont ajustés à l'entrée par maximum de vraisemblance, pour que le 1σ lissé dise vrai (des dates mises de côté de séries réelles de quatre régions sont tombées dans ±1σ 68–76 % du temps) ; une fenêtre en jours fixe le degré de lissage à la place.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: give one of the two. &lt;i&gt;Sentinel-2 stack or single-date raster&lt;/i&gt; (INPUT): a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands). &lt;i&gt;Sentinel-2 product folder&lt;/i&gt; (INPUT_FOLDER): an ESA SAFE L1C/L2A folder (*.SAFE) or a Theia/MAJA L2A folder; with qgis_process or processing.run, INPUT=path/to/product.SAFE (or its MTD_MSIL2A.xml) is taken as that folder too. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured; on dates without a mask, clouds and shadows are detected (s2cloudless on Level-1C, spectral rules on Level-2A) and flagged 4, unless &lt;i&gt;Detect clouds and shadows&lt;/i&gt; is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none. Without either, the sun is computed from the acquisition time and place, the view zenith is 5° and the relative azimuth 90°, and the log says so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clumping&lt;/b&gt; (true LAI): the networks invert a turbid-medium canopy (leaves placed at random), so LAI, CCC and CWC are &lt;i&gt;effective&lt;/i&gt; values (as SNAP's SL2P). Real canopies group their leaves (shoots, crowns, rows): true LAI = effective LAI / Ω, with the clumping index Ω about 0.5–0.9 for forests. Set one Ω for every pixel, or give a clumping-index map (any CRS and resolution, Ω in 0–1 or in percent, e.g. the global 500 m map of He et al. 2012); FAPAR and FCOVER are unchanged. The default, 1, keeps the effective values; the choice is written to the log and to the EOLATENT_LAI_DEFINITION tag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : donnez l'une des deux. &lt;i&gt;Pile Sentinel-2 ou raster d'une seule date&lt;/i&gt; (INPUT) : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes). &lt;i&gt;Dossier de produit Sentinel-2&lt;/i&gt; (INPUT_FOLDER) : un dossier ESA SAFE L1C/L2A (*.SAFE) ou un dossier Theia/MAJA L2A ; avec qgis_process ou processing.run, INPUT=chemin/vers/produit.SAFE (ou son MTD_MSIL2A.xml) est aussi compris comme ce dossier. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés ; sur les dates sans masque, les nuages et leurs ombres sont détectés (s2cloudless en niveau 1C, règles spectrales en niveau 2A) et signalés par l'indicateur 4, sauf si &lt;i&gt;Détecter les nuages et les ombres&lt;/i&gt; est décoché.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas. À défaut, le soleil est calculé à partir de l'heure et du lieu d'acquisition, l'angle zénithal de visée vaut 5° et l'azimut relatif 90°, et le journal l'indique.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Agrégation&lt;/b&gt; (LAI vrai) : les réseaux inversent un couvert en milieu turbide (feuilles placées au hasard), le LAI, le CCC et le CWC sont donc des valeurs &lt;i&gt;effectives&lt;/i&gt; (comme le SL2P de SNAP). Les couverts réels regroupent leurs feuilles (pousses, houppiers, rangs) : LAI vrai = LAI effectif / Ω, l'indice d'agrégation Ω valant environ 0,5–0,9 pour les forêts. Indiquez un Ω pour tous les pixels, ou une carte d'indice d'agrégation (tout SCR et toute résolution, Ω dans 0–1 ou en pourcentage, par exemple la carte mondiale à 500 m de He et al. 2012) ; FAPAR et FCOVER ne changent pas. La valeur par défaut, 1, garde les valeurs effectives ; le choix est écrit dans le journal et dans l'étiquette EOLATENT_LAI_DEFINITION.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: give one of the two. &lt;i&gt;Sentinel-2 stack or single-date raster&lt;/i&gt; (INPUT): a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands). &lt;i&gt;Sentinel-2 product folder&lt;/i&gt; (INPUT_FOLDER): an ESA SAFE L1C/L2A folder (*.SAFE) or a Theia/MAJA L2A folder; with qgis_process or processing.run, INPUT=path/to/product.SAFE (or its MTD_MSIL2A.xml) is taken as that folder too. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured; on dates without a mask, clouds and shadows are detected (s2cloudless on Level-1C, spectral rules on Level-2A) and flagged 4, unless &lt;i&gt;Detect clouds and shadows&lt;/i&gt; is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Training prior&lt;/b&gt; (advanced): a network trained on simulations returns about the mean of what its training prior allows for a spectrum. &lt;i&gt;wide&lt;/i&gt; (default): 60 % of the simulations have every leaf and soil parameter drawn independently and widely, so no leaf type decides a dense canopy's LAI; best on simulated tests, it reads dense canopies mostly from their visible absorption. &lt;i&gt;codistributed&lt;/i&gt;: the leaf and soil parameters follow the ATBD's co-distribution with LAI (as SNAP's SL2P) and LAI is flat on 0–8; it reads dense canopies from their near-infrared brightness, as SL2P does, and agrees better with SL2P on real scenes, but is less accurate on simulations whose leaves are atypical for their LAI. The measured figures are in the README. The prior is written to the log and to the EOLATENT_PRIOR tag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none. Without either, the sun is computed from the acquisition time and place, the view zenith is 5° and the relative azimuth 90°, and the log says so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clumping&lt;/b&gt; (true LAI): the networks invert a turbid-medium canopy (leaves placed at random), so LAI, CCC and CWC are &lt;i&gt;effective&lt;/i&gt; values (as SNAP's SL2P). Real canopies group their leaves (shoots, crowns, rows): true LAI = effective LAI / Ω, with the clumping index Ω about 0.5–0.9 for forests. Set one Ω for every pixel, or give a clumping-index map (any CRS and resolution, Ω in 0–1 or in percent, e.g. the global 500 m map of He et al. 2012); FAPAR and FCOVER are unchanged. The default, 1, keeps the effective values; the choice is written to the log and to the EOLATENT_LAI_DEFINITION tag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled). By default (&lt;i&gt;Smoothing window&lt;/i&gt; 0) how smooth the series are, and a factor on the per-date 1σ, are fitted to the input by maximum likelihood, so that the smoothed 1σ means what it says (held-out dates of real series from four regions fell within ±1σ 68–76 % of the time); a window in days sets the smoothness instead.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : donnez l'une des deux. &lt;i&gt;Pile Sentinel-2 ou raster d'une seule date&lt;/i&gt; (INPUT) : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes). &lt;i&gt;Dossier de produit Sentinel-2&lt;/i&gt; (INPUT_FOLDER) : un dossier ESA SAFE L1C/L2A (*.SAFE) ou un dossier Theia/MAJA L2A ; avec qgis_process ou processing.run, INPUT=chemin/vers/produit.SAFE (ou son MTD_MSIL2A.xml) est aussi compris comme ce dossier. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés ; sur les dates sans masque, les nuages et leurs ombres sont détectés (s2cloudless en niveau 1C, règles spectrales en niveau 2A) et signalés par l'indicateur 4, sauf si &lt;i&gt;Détecter les nuages et les ombres&lt;/i&gt; est décoché.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;A priori d'entraînement&lt;/b&gt; (avancé) : un réseau entraîné sur des simulations rend à peu près la moyenne de ce que son a priori d'entraînement permet pour un spectre. &lt;i&gt;wide&lt;/i&gt; (par défaut) : dans 60 % des simulations, chaque paramètre de feuille et de sol est tiré indépendamment et largement, si bien qu'aucun type de feuille ne décide du LAI d'un couvert dense ; meilleur sur les tests simulés, il lit les couverts denses surtout par leur absorption visible. &lt;i&gt;codistributed&lt;/i&gt; : les paramètres de feuille et de sol suivent la co-distribution de l'ATBD avec le LAI (comme SL2P de SNAP) et le LAI est uniforme sur 0–8 ; il lit les couverts denses par leur brillance proche infrarouge, comme SL2P, et s'accorde mieux avec SL2P sur des scènes réelles, mais il est moins exact sur les simulations dont les feuilles sont atypiques pour leur LAI. Les chiffres mesurés sont dans le README. L'a priori est écrit dans le journal et dans l'étiquette EOLATENT_PRIOR.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas. À défaut, le soleil est calculé à partir de l'heure et du lieu d'acquisition, l'angle zénithal de visée vaut 5° et l'azimut relatif 90°, et le journal l'indique.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Agrégation&lt;/b&gt; (LAI vrai) : les réseaux inversent un couvert en milieu turbide (feuilles placées au hasard), le LAI, le CCC et le CWC sont donc des valeurs &lt;i&gt;effectives&lt;/i&gt; (comme le SL2P de SNAP). Les couverts réels regroupent leurs feuilles (pousses, houppiers, rangs) : LAI vrai = LAI effectif / Ω, l'indice d'agrégation Ω valant environ 0,5–0,9 pour les forêts. Indiquez un Ω pour tous les pixels, ou une carte d'indice d'agrégation (tout SCR et toute résolution, Ω dans 0–1 ou en pourcentage, par exemple la carte mondiale à 500 m de He et al. 2012) ; FAPAR et FCOVER ne changent pas. La valeur par défaut, 1, garde les valeurs effectives ; le choix est écrit dans le journal et dans l'étiquette EOLATENT_LAI_DEFINITION.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé). Par défaut (&lt;i&gt;Fenêtre de lissage&lt;/i&gt; 0), le degré de lissage des séries, ainsi qu'un facteur sur le 1σ de chaque date, sont ajustés à l'entrée par maximum de vraisemblance, pour que le 1σ lissé dise vrai (des dates mises de côté de séries réelles de quatre régions sont tombées dans ±1σ 68–76 % du temps) ; une fenêtre en jours fixe le degré de lissage à la place.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: give one of the two. &lt;i&gt;Sentinel-2 stack or single-date raster&lt;/i&gt; (INPUT): a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands). &lt;i&gt;Sentinel-2 product folder&lt;/i&gt; (INPUT_FOLDER): an ESA SAFE L1C/L2A folder (*.SAFE) or a Theia/MAJA L2A folder; with qgis_process or processing.run, INPUT=path/to/product.SAFE (or its MTD_MSIL2A.xml) is taken as that folder too. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured; on dates without a mask, clouds and shadows are detected (s2cloudless on Level-1C, spectral rules on Level-2A) and flagged 4, unless &lt;i&gt;Detect clouds and shadows&lt;/i&gt; is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Training prior&lt;/b&gt; (advanced): a network trained on simulations returns about the mean of what its training prior allows for a spectrum. &lt;i&gt;wide&lt;/i&gt; (default): 60 % of the simulations have every leaf and soil parameter drawn independently and widely, so no leaf type decides a dense canopy's LAI; it meets the simulated goals for leaves of any kind, and reads dense canopies mostly from their visible absorption. &lt;i&gt;codistributed&lt;/i&gt;: the leaf and soil parameters follow the ATBD's co-distribution with LAI (as SNAP's SL2P) and LAI is flat on 0–8; slightly more accurate overall where leaves are typical of their LAI, it follows the near infrared of dense canopies somewhat more, and its maps agree better with SL2P's (agreement, not accuracy: no field LAI was at hand). Where leaves are atypical it reads dense canopies low, and its 1σ is then too narrow (±1σ covers 25–40 % of such simulated truths, which also weighs on temporal smoothing). The measured figures are in the README. The prior is written to the EOLATENT_PRIOR tag, and the log names the co-distributed one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none. Without either, the sun is computed from the acquisition time and place, the view zenith is 5° and the relative azimuth 90°, and the log says so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clumping&lt;/b&gt; (true LAI): the networks invert a turbid-medium canopy (leaves placed at random), so LAI, CCC and CWC are &lt;i&gt;effective&lt;/i&gt; values (as SNAP's SL2P). Real canopies group their leaves (shoots, crowns, rows): true LAI = effective LAI / Ω, with the clumping index Ω about 0.5–0.9 for forests. Set one Ω for every pixel, or give a clumping-index map (any CRS and resolution, Ω in 0–1 or in percent, e.g. the global 500 m map of He et al. 2012); FAPAR and FCOVER are unchanged. The default, 1, keeps the effective values; the choice is written to the log and to the EOLATENT_LAI_DEFINITION tag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled). By default (&lt;i&gt;Smoothing window&lt;/i&gt; 0) how smooth the series are, and a factor on the per-date 1σ, are fitted to the input by maximum likelihood, so that the smoothed 1σ means what it says (held-out dates of real series from four regions fell within ±1σ 68–76 % of the time); a window in days sets the smoothness instead.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : donnez l'une des deux. &lt;i&gt;Pile Sentinel-2 ou raster d'une seule date&lt;/i&gt; (INPUT) : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes). &lt;i&gt;Dossier de produit Sentinel-2&lt;/i&gt; (INPUT_FOLDER) : un dossier ESA SAFE L1C/L2A (*.SAFE) ou un dossier Theia/MAJA L2A ; avec qgis_process ou processing.run, INPUT=chemin/vers/produit.SAFE (ou son MTD_MSIL2A.xml) est aussi compris comme ce dossier. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés ; sur les dates sans masque, les nuages et leurs ombres sont détectés (s2cloudless en niveau 1C, règles spectrales en niveau 2A) et signalés par l'indicateur 4, sauf si &lt;i&gt;Détecter les nuages et les ombres&lt;/i&gt; est décoché.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;A priori d'entraînement&lt;/b&gt; (avancé) : un réseau entraîné sur des simulations rend à peu près la moyenne de ce que son a priori d'entraînement permet pour un spectre. &lt;i&gt;wide&lt;/i&gt; (par défaut) : dans 60 % des simulations, chaque paramètre de feuille et de sol est tiré indépendamment et largement, si bien qu'aucun type de feuille ne décide du LAI d'un couvert dense ; il atteint les objectifs simulés pour des feuilles de toute sorte et lit les couverts denses surtout par leur absorption visible. &lt;i&gt;codistributed&lt;/i&gt; : les paramètres de feuille et de sol suivent la co-distribution de l'ATBD avec le LAI (comme SL2P de SNAP) et le LAI est uniforme sur 0–8 ; un peu plus exact dans l'ensemble là où les feuilles sont typiques de leur LAI, il suit un peu plus le proche infrarouge des couverts denses, et ses cartes s'accordent mieux avec celles de SL2P (accord, pas exactitude : aucun LAI de terrain n'était disponible). Là où les feuilles sont atypiques, il lit les couverts denses trop bas, et son 1σ y est alors trop étroit (±1σ couvre 25–40 % de ces vérités simulées, ce qui pèse aussi sur le lissage temporel). Les chiffres mesurés sont dans le README. L'a priori est écrit dans l'étiquette EOLATENT_PRIOR, et le journal nomme l'a priori co-distribué.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas. À défaut, le soleil est calculé à partir de l'heure et du lieu d'acquisition, l'angle zénithal de visée vaut 5° et l'azimut relatif 90°, et le journal l'indique.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Agrégation&lt;/b&gt; (LAI vrai) : les réseaux inversent un couvert en milieu turbide (feuilles placées au hasard), le LAI, le CCC et le CWC sont donc des valeurs &lt;i&gt;effectives&lt;/i&gt; (comme le SL2P de SNAP). Les couverts réels regroupent leurs feuilles (pousses, houppiers, rangs) : LAI vrai = LAI effectif / Ω, l'indice d'agrégation Ω valant environ 0,5–0,9 pour les forêts. Indiquez un Ω pour tous les pixels, ou une carte d'indice d'agrégation (tout SCR et toute résolution, Ω dans 0–1 ou en pourcentage, par exemple la carte mondiale à 500 m de He et al. 2012) ; FAPAR et FCOVER ne changent pas. La valeur par défaut, 1, garde les valeurs effectives ; le choix est écrit dans le journal et dans l'étiquette EOLATENT_LAI_DEFINITION.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé). Par défaut (&lt;i&gt;Fenêtre de lissage&lt;/i&gt; 0), le degré de lissage des séries, ainsi qu'un facteur sur le 1σ de chaque date, sont ajustés à l'entrée par maximum de vraisemblance, pour que le 1σ lissé dise vrai (des dates mises de côté de séries réelles de quatre régions sont tombées dans ±1σ 68–76 % du temps) ; une fenêtre en jours fixe le degré de lissage à la place.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: give one of the two. &lt;i&gt;Sentinel-2 stack or single-date raster&lt;/i&gt; (INPUT): a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands). &lt;i&gt;Sentinel-2 product folder&lt;/i&gt; (INPUT_FOLDER): an ESA SAFE L1C/L2A folder (*.SAFE) or a Theia/MAJA L2A folder; with qgis_process or processing.run, INPUT=path/to/product.SAFE (or its MTD_MSIL2A.xml) is taken as that folder too. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured; on dates without a mask, clouds and shadows are detected (s2cloudless on Level-1C, spectral rules on Level-2A) and flagged 4, unless &lt;i&gt;Detect clouds and shadows&lt;/i&gt; is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Training prior&lt;/b&gt; (advanced): a network trained on simulations returns about the mean of what its training prior allows for a spectrum. &lt;i&gt;wide&lt;/i&gt; (default): half the simulations have every leaf and soil parameter drawn independently and widely, so no leaf type decides a dense canopy's LAI; best on simulated tests, it reads dense canopies mostly from their visible absorption. &lt;i&gt;codistributed&lt;/i&gt;: the leaf and soil parameters follow the ATBD's co-distribution with LAI (as SNAP's SL2P) and LAI is flat on 0–8; it reads dense canopies from their near-infrared brightness, as SL2P does, and agrees better with SL2P on real scenes, but is less accurate on simulations whose leaves are atypical for their LAI. The measured figures are in the README. The prior is written to the log and to the EOLATENT_PRIOR tag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none. Without either, the sun is computed from the acquisition time and place, the view zenith is 5° and the relative azimuth 90°, and the log says so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clumping&lt;/b&gt; (true LAI): the networks invert a turbid-medium canopy (leaves placed at random), so LAI, CCC and CWC are &lt;i&gt;effective&lt;/i&gt; values (as SNAP's SL2P). Real canopies group their leaves (shoots, crowns, rows): true LAI = effective LAI / Ω, with the clumping index Ω about 0.5–0.9 for forests. Set one Ω for every pixel, or give a clumping-index map (any CRS and resolution, Ω in 0–1 or in percent, e.g. the global 500 m map of He et al. 2012); FAPAR and FCOVER are unchanged. The default, 1, keeps the effective values; the choice is written to the log and to the EOLATENT_LAI_DEFINITION tag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled). By default (&lt;i&gt;Smoothing window&lt;/i&gt; 0) how smooth the series are, and a factor on the per-date 1σ, are fitted to the input by maximum likelihood, so that the smoothed 1σ means what it says (held-out dates of real series from four regions fell within ±1σ 68–76 % of the time); a window in days sets the smoothness instead.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : donnez l'une des deux. &lt;i&gt;Pile Sentinel-2 ou raster d'une seule date&lt;/i&gt; (INPUT) : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes). &lt;i&gt;Dossier de produit Sentinel-2&lt;/i&gt; (INPUT_FOLDER) : un dossier ESA SAFE L1C/L2A (*.SAFE) ou un dossier Theia/MAJA L2A ; avec qgis_process ou processing.run, INPUT=chemin/vers/produit.SAFE (ou son MTD_MSIL2A.xml) est aussi compris comme ce dossier. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés ; sur les dates sans masque, les nuages et leurs ombres sont détectés (s2cloudless en niveau 1C, règles spectrales en niveau 2A) et signalés par l'indicateur 4, sauf si &lt;i&gt;Détecter les nuages et les ombres&lt;/i&gt; est décoché.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;A priori d'entraînement&lt;/b&gt; (avancé) : un réseau entraîné sur des simulations rend à peu près la moyenne de ce que son a priori d'entraînement permet pour un spectre. &lt;i&gt;wide&lt;/i&gt; (par défaut) : dans la moitié des simulations, chaque paramètre de feuille et de sol est tiré indépendamment et largement, si bien qu'aucun type de feuille ne décide du LAI d'un couvert dense ; meilleur sur les tests simulés, il lit les couverts denses surtout par leur absorption visible. &lt;i&gt;codistributed&lt;/i&gt; : les paramètres de feuille et de sol suivent la co-distribution de l'ATBD avec le LAI (comme SL2P de SNAP) et le LAI est uniforme sur 0–8 ; il lit les couverts denses par leur brillance proche infrarouge, comme SL2P, et s'accorde mieux avec SL2P sur des scènes réelles, mais il est moins exact sur les simulations dont les feuilles sont atypiques pour leur LAI. Les chiffres mesurés sont dans le README. L'a priori est écrit dans le journal et dans l'étiquette EOLATENT_PRIOR.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas. À défaut, le soleil est calculé à partir de l'heure et du lieu d'acquisition, l'angle zénithal de visée vaut 5° et l'azimut relatif 90°, et le journal l'indique.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Agrégation&lt;/b&gt; (LAI vrai) : les réseaux inversent un couvert en milieu turbide (feuilles placées au hasard), le LAI, le CCC et le CWC sont donc des valeurs &lt;i&gt;effectives&lt;/i&gt; (comme le SL2P de SNAP). Les couverts réels regroupent leurs feuilles (pousses, houppiers, rangs) : LAI vrai = LAI effectif / Ω, l'indice d'agrégation Ω valant environ 0,5–0,9 pour les forêts. Indiquez un Ω pour tous les pixels, ou une carte d'indice d'agrégation (tout SCR et toute résolution, Ω dans 0–1 ou en pourcentage, par exemple la carte mondiale à 500 m de He et al. 2012) ; FAPAR et FCOVER ne changent pas. La valeur par défaut, 1, garde les valeurs effectives ; le choix est écrit dans le journal et dans l'étiquette EOLATENT_LAI_DEFINITION.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé). Par défaut (&lt;i&gt;Fenêtre de lissage&lt;/i&gt; 0), le degré de lissage des séries, ainsi qu'un facteur sur le 1σ de chaque date, sont ajustés à l'entrée par maximum de vraisemblance, pour que le 1σ lissé dise vrai (des dates mises de côté de séries réelles de quatre régions sont tombées dans ±1σ 68–76 % du temps) ; une fenêtre en jours fixe le degré de lissage à la place.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance, with a 1σ uncertainty for each, using a neural network trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands), an ESA SAFE L2A folder or a Theia/MAJA L2A folder. Needed bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there).&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance de surface Sentinel-2, avec une incertitude à 1σ pour chacun, au moyen d'un réseau de neurones entraîné sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes), un dossier ESA SAFE L2A ou un dossier Theia/MAJA L2A. Bandes nécessaires : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata).&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves surface soil moisture (volumetric, m³/m³) on every date of a Sentinel-1 stack, with a 1σ uncertainty and a quality flag, using a neural network trained on simulations of the Water Cloud Model (vegetation, driven by LAI) over the Oh (2004) bare-soil model at C band.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sentinel-1&lt;/b&gt;: a stack (eolatent:buildstack) or a dated GeoTIFF with VV and VH σ⁰ (dB or linear, read from the metadata), ideally speckle-filtered. γ⁰ is refused: γ⁰ = σ⁰/cos θ reads 0.6–1.6 dB higher at 29–46° and would be taken for wetter soil; FORCE_GAMMA0 runs anyway (biased). &lt;b&gt;Incidence angle&lt;/b&gt; (local, degrees): from the stack's incidence band; the INCIDENCE parameter is used only for inputs without one. The model was trained on 29–46°.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vegetation (LAI)&lt;/b&gt;, in this order of preference: (1) a LAI raster on the S1 grid with one band per date (the LAI output of eolatent:biophysical), (2) a Sentinel-2 stack on the S1 grid (LAI retrieved on the fly with the biophysical model; angles from the stack), (3) a constant LAI (LAI_VALUE), a fallback that ignores the vegetation's changes in space and time. LAI is interpolated per pixel linearly in time between the nearest cloud-free LAI dates before and after each S1 date (by calendar day); beyond the first or last LAI date the nearest one is used.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: on held-out simulations the RMSE is 0.13 m³/m³ (r² = 0.13) against 0.14 m³/m³ for always predicting the prior mean (0.26 m³/m³); 0.11 m³/m³ for LAI below 1, but hardly better than the prior mean above LAI ~3 (0.135–0.138 against 0.137–0.139 m³/m³): single-date C-band backscatter carries little information on the soil under dense vegetation or unknown roughness, and there the estimate falls back towards the prior mean with a large σ. On 40 real field points (SMAPVEX16 soybean) the RMSE was 0.11 m³/m³ with a −0.07 m³/m³ bias, worse than their sample mean: use the output for relative patterns and changes over time on sparse vegetation, and always with its σ. The share of pixels above LAI 3 is written to the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per S1 date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to 0–0.6 m³/m³, 4 no data (S1, incidence or LAI missing; outputs are nodata there).&lt;/p&gt;&lt;p&gt;Advanced parameters: execution provider (auto: CUDA GPU when available, else CPU; the one that ran is written to the log), CPU threads and tile size.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'humidité de surface du sol (volumique, m³/m³) à chaque date d'une pile Sentinel-1, avec une incertitude à 1σ et un indicateur de qualité, au moyen d'un réseau de neurones entraîné sur des simulations du Water Cloud Model (végétation, pilotée par le LAI) couplé au modèle de sol nu d'Oh (2004) en bande C.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sentinel-1&lt;/b&gt; : une pile (eolatent:buildstack) ou un GeoTIFF daté contenant VV et VH en σ⁰ (dB ou linéaire, d'après les métadonnées), idéalement filtré du chatoiement (speckle). Le γ⁰ est refusé : γ⁰ = σ⁰/cos θ est plus élevé de 0.6–1.6 dB à 29–46° et serait interprété comme un sol plus humide ; FORCE_GAMMA0 force le traitement malgré tout (biaisé). &lt;b&gt;Angle d'incidence&lt;/b&gt; (local, en degrés) : tiré de la bande d'incidence de la pile ; le paramètre INCIDENCE ne sert que pour les entrées qui n'en ont pas. Le modèle a été entraîné sur 29–46°.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Végétation (LAI)&lt;/b&gt;, dans cet ordre de préférence : (1) un raster de LAI sur la grille S1 avec une bande par date (la sortie LAI de eolatent:biophysical), (2) une pile Sentinel-2 sur la grille S1 (LAI estimé à la volée avec le modèle biophysique ; angles tirés de la pile), (3) un LAI constant (LAI_VALUE), solution de repli qui ignore les variations de la végétation dans l'espace et dans le temps. Le LAI est interpolé par pixel, linéairement dans le temps, entre les dates de LAI sans nuage les plus proches avant et après chaque date S1 (au jour calendaire) ; avant la première ou après la dernière date de LAI, la date la plus proche est utilisée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : sur des simulations réservées au test, la RMSE est de 0.13 m³/m³ (r² = 0.13), contre 0.14 m³/m³ en prédisant toujours la moyenne a priori (0.26 m³/m³) ; 0.11 m³/m³ pour un LAI inférieur à 1, mais à peine mieux que la moyenne a priori au-delà d'un LAI d'environ 3 (0.135–0.138 contre 0.137–0.139 m³/m³) : la rétrodiffusion en bande C d'une seule date renseigne peu sur le sol sous une végétation dense ou quand la rugosité est inconnue, et l'estimation retombe alors vers la moyenne a priori avec un σ élevé. Sur 40 points de terrain réels (SMAPVEX16, soja), la RMSE était de 0.11 m³/m³ avec un biais de −0.07 m³/m³, soit moins bien que leur moyenne d'échantillon : utilisez la sortie pour les motifs relatifs et les évolutions dans le temps sur végétation clairsemée, et toujours avec son σ. La part des pixels dont le LAI dépasse 3 est écrite dans le journal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date S1, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à 0–0.6 m³/m³, 4 pas de données (S1, incidence ou LAI manquant ; les sorties y sont à nodata).&lt;/p&gt;&lt;p&gt;Paramètres avancés : fournisseur d'exécution (auto : GPU CUDA si disponible, sinon CPU ; celui qui a été utilisé est écrit dans le journal), threads CPU et taille de tuile.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Scans folders of Sentinel-2 and/or Sentinel-1 products, keeps the dates in the chosen range (and, for Sentinel-2, at most the chosen cloud cover), resamples every date onto one target grid and writes one multi-date stack per modality, ready for the other EO Latent algorithms.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sentinel-2 folders&lt;/b&gt;: ESA SAFE L2A (or L1C) folders, Theia/MAJA L2A folders, and GeoTIFFs whose band descriptions name the bands (B02, B03, ...), per date or as stacks. &lt;b&gt;Sentinel-1 folders&lt;/b&gt;: backscatter GeoTIFFs of VV and/or VH, sigma0 or gamma0, in dB or linear power: S1Tiling outputs, pyroSAR outputs, or per-date files with the polarisation and the date in the name or tags. Folders are searched recursively; several folders can be given separated by ';'. Keep the two sensors in separate folders. Other rasters in the folders (land cover, DEM, ...) are skipped and listed in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: the first and last day kept (inclusive); empty = no limit. &lt;b&gt;Maximum cloud cover&lt;/b&gt; (percent) uses the product metadata; dates without a known cloud cover are kept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: the masks of the products are applied (L2A SCL, Theia CLM, CLOUD/VALID bands or *_mask.tif files). Where a date has no mask, &lt;b&gt;Detect clouds and shadows&lt;/b&gt; finds them: s2cloudless (Sinergise, CC BY-SA 4.0) for L1C dates (they have B01, B09 and B10), a rule set for other band sets (L2A; it misses thin or hazy clouds), clouds projected along the sun direction onto dark pixels for shadows. The detected pixels become no data, the log gives the percentage per date, and the band metadata CLOUD_MASK, CLOUD_DETECTED and SHADOW_DETECTED record it. Untick it to keep every pixel of such dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Area&lt;/b&gt;: an extent and/or a polygon layer (all its features together). Pixels outside the polygon are no data. Without either, the stacks cover all the data (the common part of both sensors when both are built).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Target grid&lt;/b&gt;: the CRS of the first Sentinel-2 date unless a target CRS is given (a projected CRS in metres), the pixel size given by the resolution, edges on multiples of it. Reflectance is resampled bilinearly; backscatter bilinearly in linear power (not in dB) and written in dB; cloud and no-data masks by nearest neighbour.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: float32 GeoTIFF stacks, bands ordered date by date ("B04 2020-07-01", "VV 2020-07-03"), with band metadata (date, sensor, angles, cloud cover, units, sigma0 or gamma0); invalid pixels are no data (NaN). Build only one sensor by leaving the other folder empty; the dates kept are returned as S2_DATES and S1_DATES.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Parcourt des dossiers de produits Sentinel-2 et/ou Sentinel-1, conserve les dates de l'intervalle choisi (et, pour Sentinel-2, celles dont la couverture nuageuse ne dépasse pas le maximum choisi), rééchantillonne chaque date sur une même grille cible et écrit une pile multidate par modalité, prête pour les autres algorithmes EO Latent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dossiers Sentinel-2&lt;/b&gt; : dossiers ESA SAFE L2A (ou L1C), dossiers Theia/MAJA L2A et GeoTIFF dont les descriptions de bandes nomment les bandes (B02, B03, ...), par date ou en piles. &lt;b&gt;Dossiers Sentinel-1&lt;/b&gt; : GeoTIFF de rétrodiffusion en VV et/ou VH, en sigma0 ou gamma0, en dB ou en puissance linéaire : sorties de S1Tiling, sorties de pyroSAR, ou fichiers par date portant la polarisation et la date dans leur nom ou leurs étiquettes. Les dossiers sont parcourus récursivement ; plusieurs dossiers peuvent être indiqués, séparés par ';'. Placez les deux capteurs dans des dossiers distincts. Les autres rasters des dossiers (occupation du sol, MNT, ...) sont ignorés et listés dans le journal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; : premier et dernier jour conservés (inclus) ; vide = pas de limite. La &lt;b&gt;couverture nuageuse maximale&lt;/b&gt; (en pourcentage) s'appuie sur les métadonnées du produit ; les dates dont la couverture nuageuse est inconnue sont conservées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages&lt;/b&gt; : les masques des produits sont appliqués (SCL L2A, CLM Theia, bandes CLOUD/VALID ou fichiers *_mask.tif). Pour une date sans masque, &lt;b&gt;Détecter les nuages et les ombres&lt;/b&gt; les trouve : s2cloudless (Sinergise, CC BY-SA 4.0) pour les dates L1C (elles ont B01, B09 et B10), un jeu de règles pour les autres jeux de bandes (L2A ; il manque les nuages fins ou les voiles), les nuages projetés selon la direction du soleil sur les pixels sombres pour les ombres. Les pixels détectés deviennent sans données, le journal donne le pourcentage par date et les métadonnées de bande CLOUD_MASK, CLOUD_DETECTED et SHADOW_DETECTED l'enregistrent. Décochez-la pour garder tous les pixels de ces dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zone&lt;/b&gt; : une emprise et/ou une couche de polygones (toutes ses entités ensemble). Les pixels hors du polygone sont sans données. Sans l'une ni l'autre, les piles couvrent toutes les données (la partie commune aux deux capteurs quand les deux sont construites).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grille cible&lt;/b&gt; : le SCR de la première date Sentinel-2, sauf si un SCR cible est indiqué (un SCR projeté en mètres), la taille de pixel donnée par la résolution, des bords sur des multiples de celle-ci. La réflectance est rééchantillonnée en bilinéaire ; la rétrodiffusion en bilinéaire en puissance linéaire (pas en dB), puis écrite en dB ; les masques de nuages et de nodata au plus proche voisin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : piles GeoTIFF float32, bandes ordonnées date par date ("B04 2020-07-01", "VV 2020-07-03"), avec des métadonnées de bande (date, capteur, angles, couverture nuageuse, unités, sigma0 ou gamma0) ; les pixels invalides sont sans données (NaN). Pour ne construire qu'un seul capteur, laissez l'autre dossier vide ; les dates conservées sont renvoyées dans S2_DATES et S1_DATES.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Scans folders of Sentinel-2 and/or Sentinel-1 products, keeps the dates in the chosen range (and, for Sentinel-2, at most the chosen cloud cover), resamples every date onto one target grid and writes one multi-date stack per modality, ready for the other EO Latent algorithms.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sentinel-2 folders&lt;/b&gt;: ESA SAFE L2A (or L1C) folders, Theia/MAJA L2A folders, and GeoTIFFs whose band descriptions name the bands (B02, B03, ...), per date, one file per band (the files of one date in one folder are joined) or as stacks. &lt;b&gt;Sentinel-1 folders&lt;/b&gt;: backscatter GeoTIFFs of VV and/or VH, sigma0 or gamma0, in dB or linear power: S1Tiling outputs, pyroSAR outputs, or per-date files with the polarisation and the date in the name or tags. Folders are searched recursively; several folders can be given separated by ';'. Keep the two sensors in separate folders. Other rasters in the folders (land cover, DEM, ...) are skipped and listed in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: the first and last day kept (inclusive); empty = no limit. &lt;b&gt;Maximum cloud cover&lt;/b&gt; (percent) uses the product metadata; dates without a known cloud cover are kept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: the masks of the products are applied (L2A SCL, Theia CLM, CLOUD/VALID bands or *_mask.tif files). Where a date has no mask, &lt;b&gt;Detect clouds and shadows&lt;/b&gt; finds them: s2cloudless (Sinergise, CC BY-SA 4.0) for L1C dates (they have B01, B09 and B10), a rule set for other band sets (L2A; it misses thin or hazy clouds), clouds projected along the sun direction onto dark pixels for shadows. The detected pixels become no data, the log gives the percentage per date, and the band metadata CLOUD_MASK, CLOUD_DETECTED and SHADOW_DETECTED record it. Untick it to keep every pixel of such dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Area&lt;/b&gt;: an extent and/or a polygon layer (all its features together). Pixels outside the polygon are no data. Without either, the stacks cover all the data (the common part of both sensors when both are built).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Target grid&lt;/b&gt;: the CRS of the first Sentinel-2 date unless a target CRS is given (a projected CRS in metres), the pixel size given by the resolution, edges on multiples of it. Reflectance is resampled bilinearly; backscatter bilinearly in linear power (not in dB) and written in dB; cloud and no-data masks by nearest neighbour.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: float32 GeoTIFF stacks, bands ordered date by date ("B04 2020-07-01", "VV 2020-07-03"), with band metadata (date, sensor, angles, cloud cover, units, sigma0 or gamma0); invalid pixels are no data (NaN). Build only one sensor by leaving the other folder empty; the dates kept are returned as S2_DATES and S1_DATES.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Parcourt des dossiers de produits Sentinel-2 et/ou Sentinel-1, conserve les dates de l'intervalle choisi (et, pour Sentinel-2, celles dont la couverture nuageuse ne dépasse pas le maximum choisi), rééchantillonne chaque date sur une même grille cible et écrit une pile multidate par modalité, prête pour les autres algorithmes EO Latent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dossiers Sentinel-2&lt;/b&gt; : dossiers ESA SAFE L2A (ou L1C), dossiers Theia/MAJA L2A et GeoTIFF dont les descriptions de bandes nomment les bandes (B02, B03, ...), par date, un fichier par bande (les fichiers d'une même date dans un même dossier sont réunis) ou en piles. &lt;b&gt;Dossiers Sentinel-1&lt;/b&gt; : GeoTIFF de rétrodiffusion en VV et/ou VH, en sigma0 ou gamma0, en dB ou en puissance linéaire : sorties de S1Tiling, sorties de pyroSAR, ou fichiers par date portant la polarisation et la date dans leur nom ou leurs étiquettes. Les dossiers sont parcourus récursivement ; plusieurs dossiers peuvent être indiqués, séparés par ';'. Placez les deux capteurs dans des dossiers distincts. Les autres rasters des dossiers (occupation du sol, MNT, ...) sont ignorés et listés dans le journal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; : premier et dernier jour conservés (inclus) ; vide = pas de limite. La &lt;b&gt;couverture nuageuse maximale&lt;/b&gt; (en pourcentage) s'appuie sur les métadonnées du produit ; les dates dont la couverture nuageuse est inconnue sont conservées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages&lt;/b&gt; : les masques des produits sont appliqués (SCL L2A, CLM Theia, bandes CLOUD/VALID ou fichiers *_mask.tif). Pour une date sans masque, &lt;b&gt;Détecter les nuages et les ombres&lt;/b&gt; les trouve : s2cloudless (Sinergise, CC BY-SA 4.0) pour les dates L1C (elles ont B01, B09 et B10), un jeu de règles pour les autres jeux de bandes (L2A ; il manque les nuages fins ou les voiles), les nuages projetés selon la direction du soleil sur les pixels sombres pour les ombres. Les pixels détectés deviennent sans données, le journal donne le pourcentage par date et les métadonnées de bande CLOUD_MASK, CLOUD_DETECTED et SHADOW_DETECTED l'enregistrent. Décochez-la pour garder tous les pixels de ces dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zone&lt;/b&gt; : une emprise et/ou une couche de polygones (toutes ses entités ensemble). Les pixels hors du polygone sont sans données. Sans l'une ni l'autre, les piles couvrent toutes les données (la partie commune aux deux capteurs quand les deux sont construites).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grille cible&lt;/b&gt; : le SCR de la première date Sentinel-2, sauf si un SCR cible est indiqué (un SCR projeté en mètres), la taille de pixel donnée par la résolution, des bords sur des multiples de celle-ci. La réflectance est rééchantillonnée en bilinéaire ; la rétrodiffusion en bilinéaire en puissance linéaire (pas en dB), puis écrite en dB ; les masques de nuages et de nodata au plus proche voisin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : piles GeoTIFF float32, bandes ordonnées date par date ("B04 2020-07-01", "VV 2020-07-03"), avec des métadonnées de bande (date, capteur, angles, couverture nuageuse, unités, sigma0 ou gamma0) ; les pixels invalides sont sans données (NaN). Pour ne construire qu'un seul capteur, laissez l'autre dossier vide ; les dates conservées sont renvoyées dans S2_DATES et S1_DATES.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Sharpens a coarse land-surface temperature raster (MODIS, Sentinel-3: 1 km) by a factor 2, 4 or 8. The output is in Kelvin on a grid exactly aligned with the input (same origin and CRS — MODIS sinusoidal included — pixel = input pixel / FACTOR).&lt;/p&gt;&lt;p&gt;&lt;b&gt;INPUT&lt;/b&gt;: LST in Kelvin, or MODIS MOD11A1-style raw integers (K = DN × 0.02, 0 = fill), detected from the data type and values or set with INPUT_UNITS. A multi-band MOD11A1 GeoTIFF is read as its LST_Day_1km band (BAND picks another) and the matching QC band masks pixels that were not produced or whose LST error exceeds 2 K. Clouds, fill values and sea are masked: they are nodata in the output and never influence valid pixels.&lt;/p&gt;&lt;p&gt;&lt;b&gt;METHOD&lt;/b&gt; (fixed order): 0 CNN single-image; 1 CNN guided by a fine vegetation index; 2 TsHARP (line T = a + b·NDVI fitted on the coarse pixels, applied at fine scale, coarse residual added back); 3 bicubic. The CNNs were trained on real thermal images degraded by the factor (MODIS day/night, airborne vineyard images).&lt;/p&gt;&lt;p&gt;&lt;b&gt;GUIDE&lt;/b&gt; (methods 1 and 2): a fine-resolution NDVI raster, or a Sentinel-2 stack (NDVI from B04/B08, median of its cloud-free dates), in the input's CRS, with pixel = input pixel / FACTOR, aligned and covering the input.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CONSERVE&lt;/b&gt; (default on): the fine result is corrected per coarse pixel so that re-aggregating it as radiance (4th-power mean) returns the input exactly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy&lt;/b&gt; on held-out real data (RMSE, radiance-conserving; details in the README and the model cards): MODIS ×4 (4 km → 1 km, day and night): bicubic 0.72 K, TsHARP 0.89 K, CNN single-image 0.72 K, CNN guided 0.72 K — no fine vegetation index exists for that tile and its 1 km detail is hardly predictable from 4 km. Airborne 3.6 m vineyard at 11:00, ×4/×8/×16: bicubic 2.55/3.94/4.47 K, TsHARP 2.07/2.56/2.97 K, CNN guided 1.94/2.44/2.80 K. The guided CNN helps where the guide explains the coarse temperatures: the log gives the r² of the coarse temperature–NDVI line.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Affine un raster grossier de température de surface (MODIS, Sentinel-3 : 1 km) d'un facteur 2, 4 ou 8. La sortie est en kelvins, sur une grille exactement alignée sur l'entrée (même origine et même SCR — sinusoïdale MODIS comprise — pixel = pixel d'entrée / FACTOR).&lt;/p&gt;&lt;p&gt;&lt;b&gt;INPUT&lt;/b&gt; : LST en kelvins, ou entiers bruts de type MODIS MOD11A1 (K = DN × 0.02, 0 = valeur de remplissage), détectés d'après le type de données et les valeurs, ou fixés avec INPUT_UNITS. Un GeoTIFF MOD11A1 multibande est lu par sa bande LST_Day_1km (BAND en désigne une autre) et la bande QC correspondante masque les pixels non produits ou dont l'erreur de LST dépasse 2 K. Les nuages, les valeurs de remplissage et la mer sont masqués : ils sont à nodata dans la sortie et n'influencent jamais les pixels valides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;METHOD&lt;/b&gt; (ordre fixe) : 0 CNN mono-image ; 1 CNN guidé par un indice de végétation fin ; 2 TsHARP (droite T = a + b·NDVI ajustée sur les pixels grossiers, appliquée à l'échelle fine, puis ajout du résidu grossier) ; 3 bicubique. Les CNN ont été entraînés sur des images thermiques réelles dégradées du facteur (MODIS jour/nuit, images aéroportées de vignobles).&lt;/p&gt;&lt;p&gt;&lt;b&gt;GUIDE&lt;/b&gt; (méthodes 1 et 2) : un raster de NDVI à résolution fine, ou une pile Sentinel-2 (NDVI calculé à partir de B04/B08, médiane de ses dates sans nuage), dans le SCR de l'entrée, avec pixel = pixel d'entrée / FACTOR, aligné sur l'entrée et la couvrant entièrement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CONSERVE&lt;/b&gt; (activé par défaut) : le résultat fin est corrigé par pixel grossier de sorte que sa ré-agrégation en radiance (moyenne des puissances quatrièmes) redonne exactement l'entrée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision&lt;/b&gt; sur des données réelles réservées au test (RMSE, avec conservation de la radiance ; détails dans le README et les fiches des modèles) : MODIS ×4 (4 km → 1 km, jour et nuit) : bicubique 0.72 K, TsHARP 0.89 K, CNN mono-image 0.72 K, CNN guidé 0.72 K — aucun indice de végétation fin n'existe pour cette tuile, et son détail à 1 km est difficilement prévisible à partir de 4 km. Vignoble en aéroporté à 3.6 m à 11:00, ×4/×8/×16 : bicubique 2.55/3.94/4.47 K, TsHARP 2.07/2.56/2.97 K, CNN guidé 1.94/2.44/2.80 K. Le CNN guidé aide là où le guide explique les températures grossières : le journal donne le r² de la droite température–NDVI à l'échelle grossière.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Sharpens a coarse land-surface temperature raster (MODIS, Sentinel-3: 1 km) by a factor 2, 4 or 8. The output is in Kelvin on a grid exactly aligned with the input (same origin and CRS — MODIS sinusoidal included — pixel = input pixel / FACTOR).&lt;/p&gt;&lt;p&gt;&lt;b&gt;INPUT&lt;/b&gt;: LST in Kelvin, or MODIS MOD11A1-style raw integers (K = DN × 0.02, 0 = fill), detected from the data type and values or set with INPUT_UNITS. A multi-band MOD11A1 GeoTIFF is read as its LST_Day_1km band (BAND picks another) and the matching QC band masks pixels that were not produced or whose LST error exceeds 2 K. Clouds, fill values and sea are masked: they are nodata in the output and never influence valid pixels.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: &lt;i&gt;CNN single-image&lt;/i&gt;; &lt;i&gt;CNN guided&lt;/i&gt; by a fine vegetation index; &lt;i&gt;TsHARP&lt;/i&gt; (line T = a + b·NDVI fitted on the coarse pixels, applied at fine scale, coarse residual added back); &lt;i&gt;Bicubic&lt;/i&gt;. In scripts METHOD is their number in this order, 0 to 3. The CNNs were trained on real thermal images degraded by the factor (MODIS day/night, airborne vineyard images).&lt;/p&gt;&lt;p&gt;&lt;b&gt;GUIDE&lt;/b&gt; (&lt;i&gt;CNN guided&lt;/i&gt; and &lt;i&gt;TsHARP&lt;/i&gt;): a fine-resolution NDVI raster, or a Sentinel-2 stack (NDVI from B04/B08, median of its cloud-free dates), in the input's CRS, with pixel = input pixel / FACTOR, aligned and covering the input.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CONSERVE&lt;/b&gt; (default on): the fine result is corrected per coarse pixel so that re-aggregating it as radiance (4th-power mean) returns the input exactly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy&lt;/b&gt; on held-out real data (RMSE, radiance-conserving; details in the README and the model cards): MODIS ×4 (4 km → 1 km, day and night): bicubic 0.72 K, TsHARP 0.89 K, CNN single-image 0.72 K, CNN guided 0.72 K — no fine vegetation index exists for that tile and its 1 km detail is hardly predictable from 4 km. Airborne 3.6 m vineyard at 11:00, ×4/×8/×16: bicubic 2.55/3.94/4.47 K, TsHARP 2.07/2.56/2.97 K, CNN guided 1.94/2.44/2.80 K. The guided CNN helps where the guide explains the coarse temperatures: the log gives the r² of the coarse temperature–NDVI line.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Affine un raster grossier de température de surface (MODIS, Sentinel-3 : 1 km) d'un facteur 2, 4 ou 8. La sortie est en kelvins, sur une grille exactement alignée sur l'entrée (même origine et même SCR — sinusoïdale MODIS comprise — pixel = pixel d'entrée / FACTOR).&lt;/p&gt;&lt;p&gt;&lt;b&gt;INPUT&lt;/b&gt; : LST en kelvins, ou entiers bruts de type MODIS MOD11A1 (K = DN × 0.02, 0 = valeur de remplissage), détectés d'après le type de données et les valeurs, ou fixés avec INPUT_UNITS. Un GeoTIFF MOD11A1 multibande est lu par sa bande LST_Day_1km (BAND en désigne une autre) et la bande QC correspondante masque les pixels non produits ou dont l'erreur de LST dépasse 2 K. Les nuages, les valeurs de remplissage et la mer sont masqués : ils sont à nodata dans la sortie et n'influencent jamais les pixels valides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Méthode&lt;/b&gt; : &lt;i&gt;CNN mono-image&lt;/i&gt; ; &lt;i&gt;CNN guidé&lt;/i&gt; par un indice de végétation fin ; &lt;i&gt;TsHARP&lt;/i&gt; (droite T = a + b·NDVI ajustée sur les pixels grossiers, appliquée à l'échelle fine, puis ajout du résidu grossier) ; &lt;i&gt;Bicubique&lt;/i&gt;. Dans les scripts, METHOD est leur numéro dans cet ordre, de 0 à 3. Les CNN ont été entraînés sur des images thermiques réelles dégradées du facteur (MODIS jour/nuit, images aéroportées de vignobles).&lt;/p&gt;&lt;p&gt;&lt;b&gt;GUIDE&lt;/b&gt; (&lt;i&gt;CNN guidé&lt;/i&gt; et &lt;i&gt;TsHARP&lt;/i&gt;) : un raster de NDVI à résolution fine, ou une pile Sentinel-2 (NDVI calculé à partir de B04/B08, médiane de ses dates sans nuage), dans le SCR de l'entrée, avec pixel = pixel d'entrée / FACTOR, aligné sur l'entrée et la couvrant entièrement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CONSERVE&lt;/b&gt; (activé par défaut) : le résultat fin est corrigé par pixel grossier de sorte que sa ré-agrégation en radiance (moyenne des puissances quatrièmes) redonne exactement l'entrée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision&lt;/b&gt; sur des données réelles réservées au test (RMSE, avec conservation de la radiance ; détails dans le README et les fiches des modèles) : MODIS ×4 (4 km → 1 km, jour et nuit) : bicubique 0.72 K, TsHARP 0.89 K, CNN mono-image 0.72 K, CNN guidé 0.72 K — aucun indice de végétation fin n'existe pour cette tuile, et son détail à 1 km est difficilement prévisible à partir de 4 km. Vignoble en aéroporté à 3.6 m à 11:00, ×4/×8/×16 : bicubique 2.55/3.94/4.47 K, TsHARP 2.07/2.56/2.97 K, CNN guidé 1.94/2.44/2.80 K. Le CNN guidé aide là où le guide explique les températures grossières : le journal donne le r² de la droite température–NDVI à l'échelle grossière.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Type what you are looking for in English — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — and get, for every pixel, the probability that it shows it. A sentence-embedding model (all-MiniLM-L6-v2, run offline) embeds the prompt; a satellite tower trained contrastively (CLIP-style) on labelled and physics-simulated Sentinel-2 time series embeds each pixel's series in the same space; the cosine between the two is calibrated into a probability.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack (eolatent:buildstack) or any Sentinel-2 raster the plugin reads (a single date counts as a one-date stack), or a latent raster from eolatent:encode (the map is then at the latent's chunk resolution). Pixels cloudy or nodata on every date are nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prompts&lt;/b&gt;: one per line (at most 16 with the negatives). One prompt: probability = calibrated sigmoid of its cosine. Several prompts and/or &lt;b&gt;negative prompts&lt;/b&gt; (things the pixel should rather be, e.g. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;): a softmax across all of them; one band per prompt, the negatives are not written. Empty prompts, prompts over 256 tokens and prompts that are clearly not English are refused with a message; the language check is a cautious guess, so a short foreign prompt may pass and give a map of no meaning. A prompt given twice (case, accents and punctuation aside), or both as a prompt and a negative prompt, is refused: the two would share every pixel equally.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Threshold&lt;/b&gt; (optional, 0–1): also a mask raster (1 = probability ≥ threshold, one band per prompt) and its polygons with the prompt as attribute.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quality&lt;/b&gt; (optional): the number of valid dates (clear, not nodata) behind each pixel; for a Presto latent the months with a clear Sentinel-2 observation, for a fine4 latent the clear Sentinel-2 dates behind its windows; as a UInt16 raster: a pixel seen once gets a probability that looks as sure as one seen every month. The log names the model used and why, the bands it does not read (B8A for the multi-region model; Sentinel-1 bands, which only a Presto latent uses), how clouds were masked, the dates without a valid pixel and how many pixels rest on fewer than three dates. The models learnt the seasons of regions north of 10° S: a scene further south is read half a year on, and the log says so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encode once, query many&lt;/b&gt;: the image side is computed once per input and cached on disk (in the user cache folder, keyed by the input's content and the model) and in memory; the next prompt on the same input costs a matrix product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: on a Sentinel-2 stack the default tower was trained on labelled pixel series of five data sets (France 2022 and 2023, Uganda / South Sudan, the western US, Slovenia) and on simulated spectra. With each data set held out in turn and prompts never used in training, its ROC AUC is 0.75 for forest, 0.65 grassland, 0.68 annual crops, 0.72 built-up, 0.55 water, 0.60 shrubland and 0.63 bare soil (mean 0.65), below the best single NDVI feature (mean 0.78): a concept typed in words does not yet transfer well from one region to another. Treat the maps as a ranking of pixels to look at, not a classification; for a class map, label a few polygons and use eolatent:classify.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Tapez en anglais ce que vous cherchez — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — et obtenez, pour chaque pixel, la probabilité qu'il le représente. Un modèle de plongement de phrases (all-MiniLM-L6-v2, exécuté hors ligne) plonge la requête ; une tour satellite entraînée de façon contrastive (à la manière de CLIP) sur des séries temporelles Sentinel-2 étiquetées et simulées par la physique plonge la série de chaque pixel dans le même espace ; le cosinus entre les deux est calibré en probabilité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 (eolatent:buildstack) ou tout raster Sentinel-2 que l'extension sait lire (une date unique compte comme une pile à une date), ou un raster latent issu de eolatent:encode (la carte est alors à la résolution des blocs du latent). Les pixels nuageux ou sans données à toutes les dates sont à nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Requêtes&lt;/b&gt; : une par ligne (16 au plus, négatives comprises). Une seule requête : probabilité = sigmoïde calibrée de son cosinus. Plusieurs requêtes et/ou des &lt;b&gt;requêtes négatives&lt;/b&gt; (ce que le pixel devrait plutôt être, p. ex. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;) : un softmax sur l'ensemble ; une bande par requête, les négatives ne sont pas écrites. Les requêtes vides, celles de plus de 256 tokens et celles qui ne sont manifestement pas en anglais sont refusées avec un message ; la vérification de la langue est une estimation prudente : une courte requête dans une autre langue peut passer et donner une carte sans signification. Une requête donnée deux fois (à la casse, aux accents et à la ponctuation près), ou à la fois comme requête et comme requête négative, est refusée : les deux se partageraient également chaque pixel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seuil&lt;/b&gt; (facultatif, 0–1) : produit aussi un raster de masque (1 = probabilité ≥ seuil, une bande par requête) et ses polygones, avec la requête comme attribut.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qualité&lt;/b&gt; (facultatif) : le nombre de dates valides (claires, hors nodata) derrière chaque pixel ; pour un latent Presto, les mois avec une observation Sentinel-2 claire, pour un latent fine4 les dates Sentinel-2 claires derrière ses fenêtres ; en raster UInt16 : un pixel vu une seule fois reçoit une probabilité qui paraît aussi sûre que celle d'un pixel vu chaque mois. Le journal nomme le modèle utilisé et pourquoi, les bandes qu'il ne lit pas (B8A pour le modèle multirégional ; les bandes Sentinel-1, que seul un latent Presto utilise) comment les nuages ont été masqués, les dates sans aucun pixel valide et combien de pixels reposent sur moins de trois dates. Les modèles ont appris les saisons de régions situées au nord de 10° S : une scène plus au sud est lue avec six mois de décalage, et le journal le dit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encoder une fois, interroger souvent&lt;/b&gt; : le côté image est calculé une fois par entrée et mis en cache sur disque (dans le dossier de cache de l'utilisateur, indexé par le contenu de l'entrée et par le modèle) et en mémoire ; la requête suivante sur la même entrée ne coûte qu'un produit matriciel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : sur une pile Sentinel-2, la tour par défaut a été entraînée sur des séries de pixels étiquetés de cinq jeux de données (France 2022 et 2023, Ouganda / Soudan du Sud, ouest des États-Unis, Slovénie) et sur des spectres simulés. Chaque jeu de données étant tour à tour réservé au test, avec des requêtes jamais utilisées à l'entraînement, son AUC ROC est de 0.75 pour la forêt, 0.65 les prairies, 0.68 les cultures annuelles, 0.72 le bâti, 0.55 l'eau, 0.60 les arbustes et 0.63 le sol nu (moyenne 0.65), en dessous de la meilleure variable NDVI seule (moyenne 0.78) : un concept décrit par des mots ne se transfère pas encore bien d'une région à l'autre. Considérez les cartes comme un classement des pixels à examiner, pas comme une classification ; pour une carte de classes, étiquetez quelques polygones et utilisez eolatent:classify.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Type what you are looking for in English — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — and get, for every pixel, the probability that it shows it. A sentence-embedding model (all-MiniLM-L6-v2, run offline) embeds the prompt; a satellite tower trained contrastively (CLIP-style) on labelled and physics-simulated Sentinel-2 time series embeds each pixel's series in the same space; the cosine between the two is calibrated into a probability.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack (eolatent:buildstack) or any Sentinel-2 raster the plugin reads (a single date counts as a one-date stack), or a latent raster from eolatent:encode (the map is then at the latent's chunk resolution). Pixels cloudy or nodata on every date are nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prompts&lt;/b&gt;: one per line (at most 16 with the negatives). One prompt: probability = calibrated sigmoid of its cosine. Several prompts and/or &lt;b&gt;negative prompts&lt;/b&gt; (things the pixel should rather be, e.g. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;): a softmax across all of them; one band per prompt, the negatives are not written. Empty prompts, prompts over 256 tokens and prompts that are clearly not English are refused with a message; the language check is a cautious guess, so a short foreign prompt may pass and give a map of no meaning.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Threshold&lt;/b&gt; (optional, 0–1): also a mask raster (1 = probability ≥ threshold, one band per prompt) and its polygons with the prompt as attribute.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encode once, query many&lt;/b&gt;: the image side is computed once per input and cached on disk (in the user cache folder, keyed by the input's content and the model) and in memory; the next prompt on the same input costs a matrix product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: on a Sentinel-2 stack the default tower was trained on labelled pixel series from five regions (France, Uganda / South Sudan, the western US, Slovenia) and on simulated spectra. With each region held out in turn and prompts never used in training, its mean ROC AUC over seven land-cover classes is 0.65, below the best single NDVI feature (0.77): a concept typed in words does not yet transfer well from one region to another. The model cards give the figures per class. Treat the maps as a ranking of pixels to look at, not a classification; for a class map, label a few polygons and use eolatent:classify.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Tapez en anglais ce que vous cherchez — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — et obtenez, pour chaque pixel, la probabilité qu'il le représente. Un modèle de plongement de phrases (all-MiniLM-L6-v2, exécuté hors ligne) plonge la requête ; une tour satellite entraînée de façon contrastive (à la manière de CLIP) sur des séries temporelles Sentinel-2 étiquetées et simulées par la physique plonge la série de chaque pixel dans le même espace ; le cosinus entre les deux est calibré en probabilité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 (eolatent:buildstack) ou tout raster Sentinel-2 que l'extension sait lire (une date unique compte comme une pile à une date), ou un raster latent issu de eolatent:encode (la carte est alors à la résolution des blocs du latent). Les pixels nuageux ou sans données à toutes les dates sont à nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Requêtes&lt;/b&gt; : une par ligne (16 au plus, négatives comprises). Une seule requête : probabilité = sigmoïde calibrée de son cosinus. Plusieurs requêtes et/ou des &lt;b&gt;requêtes négatives&lt;/b&gt; (ce que le pixel devrait plutôt être, p. ex. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;) : un softmax sur l'ensemble ; une bande par requête, les négatives ne sont pas écrites. Les requêtes vides, celles de plus de 256 tokens et celles qui ne sont manifestement pas en anglais sont refusées avec un message ; la vérification de la langue est une estimation prudente : une courte requête dans une autre langue peut passer et donner une carte sans signification.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seuil&lt;/b&gt; (facultatif, 0–1) : produit aussi un raster de masque (1 = probabilité ≥ seuil, une bande par requête) et ses polygones, avec la requête comme attribut.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encoder une fois, interroger souvent&lt;/b&gt; : le côté image est calculé une fois par entrée et mis en cache sur disque (dans le dossier de cache de l'utilisateur, indexé par le contenu de l'entrée et par le modèle) et en mémoire ; la requête suivante sur la même entrée ne coûte qu'un produit matriciel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : sur une pile Sentinel-2, la tour par défaut a été entraînée sur des séries de pixels étiquetés de cinq régions (France, Ouganda / Soudan du Sud, ouest des États-Unis, Slovénie) et sur des spectres simulés. Chaque région étant tour à tour réservée au test, avec des requêtes jamais utilisées à l'entraînement, son AUC ROC moyenne sur sept classes d'occupation du sol est de 0.65, en dessous de la meilleure variable NDVI seule (0.77) : un concept décrit par des mots ne se transfère pas encore bien d'une région à l'autre. Les fiches des modèles donnent les chiffres par classe. Considérez les cartes comme un classement des pixels à examiner, pas comme une classification ; pour une carte de classes, étiquetez quelques polygones et utilisez eolatent:classify.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Type what you are looking for in English — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — and get, for every pixel, the probability that it shows it. A sentence-embedding model (all-MiniLM-L6-v2, run offline) embeds the prompt; a satellite tower trained contrastively (CLIP-style) on labelled and physics-simulated Sentinel-2 time series embeds each pixel's series in the same space; the cosine between the two is calibrated into a probability.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack (eolatent:buildstack) or any Sentinel-2 raster the plugin reads (a single date counts as a one-date stack), or a latent raster from eolatent:encode (the map is then at the latent's chunk resolution). Pixels cloudy or nodata on every date are nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prompts&lt;/b&gt;: one per line (at most 16 with the negatives). One prompt: probability = calibrated sigmoid of its cosine. Several prompts and/or &lt;b&gt;negative prompts&lt;/b&gt; (things the pixel should rather be, e.g. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;): a softmax across all of them; one band per prompt, the negatives are not written. Empty prompts, prompts over 256 tokens and prompts that are clearly not English are refused with a message; the language check is a cautious guess, so a short foreign prompt may pass and give a map of no meaning.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Threshold&lt;/b&gt; (optional, 0–1): also a mask raster (1 = probability ≥ threshold, one band per prompt) and its polygons with the prompt as attribute.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encode once, query many&lt;/b&gt;: the image side is computed once per input and cached on disk (in the user cache folder, keyed by the input's content and the model) and in memory; the next prompt on the same input costs a matrix product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: on a Sentinel-2 stack the default tower was trained on labelled pixel series of five data sets (France 2022 and 2023, Uganda / South Sudan, the western US, Slovenia) and on simulated spectra. With each data set held out in turn and prompts never used in training, its ROC AUC is 0.74 for forest, 0.64 grassland, 0.68 annual crops, 0.73 built-up, 0.54 water, 0.60 shrubland and 0.63 bare soil (mean 0.65), below the best single NDVI feature (mean 0.77): a concept typed in words does not yet transfer well from one region to another. Treat the maps as a ranking of pixels to look at, not a classification; for a class map, label a few polygons and use eolatent:classify.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Tapez en anglais ce que vous cherchez — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — et obtenez, pour chaque pixel, la probabilité qu'il le représente. Un modèle de plongement de phrases (all-MiniLM-L6-v2, exécuté hors ligne) plonge la requête ; une tour satellite entraînée de façon contrastive (à la manière de CLIP) sur des séries temporelles Sentinel-2 étiquetées et simulées par la physique plonge la série de chaque pixel dans le même espace ; le cosinus entre les deux est calibré en probabilité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 (eolatent:buildstack) ou tout raster Sentinel-2 que l'extension sait lire (une date unique compte comme une pile à une date), ou un raster latent issu de eolatent:encode (la carte est alors à la résolution des blocs du latent). Les pixels nuageux ou sans données à toutes les dates sont à nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Requêtes&lt;/b&gt; : une par ligne (16 au plus, négatives comprises). Une seule requête : probabilité = sigmoïde calibrée de son cosinus. Plusieurs requêtes et/ou des &lt;b&gt;requêtes négatives&lt;/b&gt; (ce que le pixel devrait plutôt être, p. ex. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;) : un softmax sur l'ensemble ; une bande par requête, les négatives ne sont pas écrites. Les requêtes vides, celles de plus de 256 tokens et celles qui ne sont manifestement pas en anglais sont refusées avec un message ; la vérification de la langue est une estimation prudente : une courte requête dans une autre langue peut passer et donner une carte sans signification.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seuil&lt;/b&gt; (facultatif, 0–1) : produit aussi un raster de masque (1 = probabilité ≥ seuil, une bande par requête) et ses polygones, avec la requête comme attribut.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encoder une fois, interroger souvent&lt;/b&gt; : le côté image est calculé une fois par entrée et mis en cache sur disque (dans le dossier de cache de l'utilisateur, indexé par le contenu de l'entrée et par le modèle) et en mémoire ; la requête suivante sur la même entrée ne coûte qu'un produit matriciel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : sur une pile Sentinel-2, la tour par défaut a été entraînée sur des séries de pixels étiquetés de cinq jeux de données (France 2022 et 2023, Ouganda / Soudan du Sud, ouest des États-Unis, Slovénie) et sur des spectres simulés. Chaque jeu de données étant tour à tour réservé au test, avec des requêtes jamais utilisées à l'entraînement, son AUC ROC est de 0.74 pour la forêt, 0.64 les prairies, 0.68 les cultures annuelles, 0.73 le bâti, 0.54 l'eau, 0.60 les arbustes et 0.63 le sol nu (moyenne 0.65), en dessous de la meilleure variable NDVI seule (moyenne 0.77) : un concept décrit par des mots ne se transfère pas encore bien d'une région à l'autre. Considérez les cartes comme un classement des pixels à examiner, pas comme une classification ; pour une carte de classes, étiquetez quelques polygones et utilisez eolatent:classify.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Type what you are looking for in English — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — and get, for every pixel, the probability that it shows it. A sentence-embedding model (all-MiniLM-L6-v2, run offline) embeds the prompt; a satellite tower trained contrastively (CLIP-style) on labelled and physics-simulated Sentinel-2 time series embeds each pixel's series in the same space; the cosine between the two is calibrated into a probability.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack (eolatent:buildstack) or any Sentinel-2 raster the plugin reads (a single date counts as a one-date stack), or a latent raster from eolatent:encode (the map is then at the latent's chunk resolution). Pixels cloudy or nodata on every date are nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prompts&lt;/b&gt;: one per line (at most 16 with the negatives). One prompt: probability = calibrated sigmoid of its cosine. Several prompts and/or &lt;b&gt;negative prompts&lt;/b&gt; (things the pixel should rather be, e.g. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;): a softmax across all of them; one band per prompt, the negatives are not written. Empty prompts, prompts over 256 tokens and prompts that are clearly not English are refused with a message; the language check is a cautious guess, so a short foreign prompt may pass and give a map of no meaning.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Threshold&lt;/b&gt; (optional, 0–1): also a mask raster (1 = probability ≥ threshold, one band per prompt) and its polygons with the prompt as attribute.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quality&lt;/b&gt; (optional): the number of valid dates (clear, not nodata) behind each pixel; for a Presto latent the months with a clear Sentinel-2 observation, for a fine4 latent its valid windows; as a UInt16 raster: a pixel seen once gets a probability that looks as sure as one seen every month. The log names the model used and why, the bands it does not read (B8A for the multi-region model; Sentinel-1 bands, which only a Presto latent uses) and how many pixels rest on fewer than three dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encode once, query many&lt;/b&gt;: the image side is computed once per input and cached on disk (in the user cache folder, keyed by the input's content and the model) and in memory; the next prompt on the same input costs a matrix product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: on a Sentinel-2 stack the default tower was trained on labelled pixel series of five data sets (France 2022 and 2023, Uganda / South Sudan, the western US, Slovenia) and on simulated spectra. With each data set held out in turn and prompts never used in training, its ROC AUC is 0.74 for forest, 0.64 grassland, 0.68 annual crops, 0.73 built-up, 0.54 water, 0.60 shrubland and 0.63 bare soil (mean 0.65), below the best single NDVI feature (mean 0.77): a concept typed in words does not yet transfer well from one region to another. Treat the maps as a ranking of pixels to look at, not a classification; for a class map, label a few polygons and use eolatent:classify.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Tapez en anglais ce que vous cherchez — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — et obtenez, pour chaque pixel, la probabilité qu'il le représente. Un modèle de plongement de phrases (all-MiniLM-L6-v2, exécuté hors ligne) plonge la requête ; une tour satellite entraînée de façon contrastive (à la manière de CLIP) sur des séries temporelles Sentinel-2 étiquetées et simulées par la physique plonge la série de chaque pixel dans le même espace ; le cosinus entre les deux est calibré en probabilité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 (eolatent:buildstack) ou tout raster Sentinel-2 que l'extension sait lire (une date unique compte comme une pile à une date), ou un raster latent issu de eolatent:encode (la carte est alors à la résolution des blocs du latent). Les pixels nuageux ou sans données à toutes les dates sont à nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Requêtes&lt;/b&gt; : une par ligne (16 au plus, négatives comprises). Une seule requête : probabilité = sigmoïde calibrée de son cosinus. Plusieurs requêtes et/ou des &lt;b&gt;requêtes négatives&lt;/b&gt; (ce que le pixel devrait plutôt être, p. ex. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;) : un softmax sur l'ensemble ; une bande par requête, les négatives ne sont pas écrites. Les requêtes vides, celles de plus de 256 tokens et celles qui ne sont manifestement pas en anglais sont refusées avec un message ; la vérification de la langue est une estimation prudente : une courte requête dans une autre langue peut passer et donner une carte sans signification.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seuil&lt;/b&gt; (facultatif, 0–1) : produit aussi un raster de masque (1 = probabilité ≥ seuil, une bande par requête) et ses polygones, avec la requête comme attribut.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qualité&lt;/b&gt; (facultatif) : le nombre de dates valides (claires, hors nodata) derrière chaque pixel ; pour un latent Presto, les mois avec une observation Sentinel-2 claire, pour un latent fine4 ses fenêtres valides ; en raster UInt16 : un pixel vu une seule fois reçoit une probabilité qui paraît aussi sûre que celle d'un pixel vu chaque mois. Le journal nomme le modèle utilisé et pourquoi, les bandes qu'il ne lit pas (B8A pour le modèle multirégional ; les bandes Sentinel-1, que seul un latent Presto utilise) et combien de pixels reposent sur moins de trois dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encoder une fois, interroger souvent&lt;/b&gt; : le côté image est calculé une fois par entrée et mis en cache sur disque (dans le dossier de cache de l'utilisateur, indexé par le contenu de l'entrée et par le modèle) et en mémoire ; la requête suivante sur la même entrée ne coûte qu'un produit matriciel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : sur une pile Sentinel-2, la tour par défaut a été entraînée sur des séries de pixels étiquetés de cinq jeux de données (France 2022 et 2023, Ouganda / Soudan du Sud, ouest des États-Unis, Slovénie) et sur des spectres simulés. Chaque jeu de données étant tour à tour réservé au test, avec des requêtes jamais utilisées à l'entraînement, son AUC ROC est de 0.74 pour la forêt, 0.64 les prairies, 0.68 les cultures annuelles, 0.73 le bâti, 0.54 l'eau, 0.60 les arbustes et 0.63 le sol nu (moyenne 0.65), en dessous de la meilleure variable NDVI seule (moyenne 0.77) : un concept décrit par des mots ne se transfère pas encore bien d'une région à l'autre. Considérez les cartes comme un classement des pixels à examiner, pas comme une classification ; pour une carte de classes, étiquetez quelques polygones et utilisez eolatent:classify.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Type what you are looking for in English — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — and get, for every pixel, the probability that it shows it. A sentence-embedding model (all-MiniLM-L6-v2, run offline) embeds the prompt; a satellite tower trained contrastively (CLIP-style) on labelled and physics-simulated Sentinel-2 time series embeds each pixel's series in the same space; the cosine between the two is calibrated into a probability.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack (eolatent:buildstack) or any Sentinel-2 raster the plugin reads (a single date counts as a one-date stack), or a latent raster from eolatent:encode (the map is then at the latent's chunk resolution). Pixels cloudy or nodata on every date are nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prompts&lt;/b&gt;: one per line (at most 16 with the negatives). One prompt: probability = calibrated sigmoid of its cosine. Several prompts and/or &lt;b&gt;negative prompts&lt;/b&gt; (things the pixel should rather be, e.g. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;): a softmax across all of them; one band per prompt, the negatives are not written. Empty prompts, prompts over 256 tokens and prompts that are clearly not English are refused with a message; the language check is a cautious guess, so a short foreign prompt may pass and give a map of no meaning.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Threshold&lt;/b&gt; (optional, 0–1): also a mask raster (1 = probability ≥ threshold, one band per prompt) and its polygons with the prompt as attribute.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quality&lt;/b&gt; (optional): the number of valid dates (clear, not nodata) behind each pixel; for a Presto latent the months with a clear Sentinel-2 observation, for a fine4 latent its valid windows; as a UInt16 raster: a pixel seen once gets a probability that looks as sure as one seen every month. The log names the model used and why, the bands it does not read (B8A for the multi-region model; Sentinel-1 bands, which only a Presto latent uses) and how many pixels rest on fewer than three dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encode once, query many&lt;/b&gt;: the image side is computed once per input and cached on disk (in the user cache folder, keyed by the input's content and the model) and in memory; the next prompt on the same input costs a matrix product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: on a Sentinel-2 stack the default tower was trained on labelled pixel series of five data sets (France 2022 and 2023, Uganda / South Sudan, the western US, Slovenia) and on simulated spectra. With each data set held out in turn and prompts never used in training, its ROC AUC is 0.75 for forest, 0.65 grassland, 0.68 annual crops, 0.72 built-up, 0.55 water, 0.60 shrubland and 0.63 bare soil (mean 0.65), below the best single NDVI feature (mean 0.78): a concept typed in words does not yet transfer well from one region to another. Treat the maps as a ranking of pixels to look at, not a classification; for a class map, label a few polygons and use eolatent:classify.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Tapez en anglais ce que vous cherchez — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — et obtenez, pour chaque pixel, la probabilité qu'il le représente. Un modèle de plongement de phrases (all-MiniLM-L6-v2, exécuté hors ligne) plonge la requête ; une tour satellite entraînée de façon contrastive (à la manière de CLIP) sur des séries temporelles Sentinel-2 étiquetées et simulées par la physique plonge la série de chaque pixel dans le même espace ; le cosinus entre les deux est calibré en probabilité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 (eolatent:buildstack) ou tout raster Sentinel-2 que l'extension sait lire (une date unique compte comme une pile à une date), ou un raster latent issu de eolatent:encode (la carte est alors à la résolution des blocs du latent). Les pixels nuageux ou sans données à toutes les dates sont à nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Requêtes&lt;/b&gt; : une par ligne (16 au plus, négatives comprises). Une seule requête : probabilité = sigmoïde calibrée de son cosinus. Plusieurs requêtes et/ou des &lt;b&gt;requêtes négatives&lt;/b&gt; (ce que le pixel devrait plutôt être, p. ex. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;) : un softmax sur l'ensemble ; une bande par requête, les négatives ne sont pas écrites. Les requêtes vides, celles de plus de 256 tokens et celles qui ne sont manifestement pas en anglais sont refusées avec un message ; la vérification de la langue est une estimation prudente : une courte requête dans une autre langue peut passer et donner une carte sans signification.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seuil&lt;/b&gt; (facultatif, 0–1) : produit aussi un raster de masque (1 = probabilité ≥ seuil, une bande par requête) et ses polygones, avec la requête comme attribut.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qualité&lt;/b&gt; (facultatif) : le nombre de dates valides (claires, hors nodata) derrière chaque pixel ; pour un latent Presto, les mois avec une observation Sentinel-2 claire, pour un latent fine4 ses fenêtres valides ; en raster UInt16 : un pixel vu une seule fois reçoit une probabilité qui paraît aussi sûre que celle d'un pixel vu chaque mois. Le journal nomme le modèle utilisé et pourquoi, les bandes qu'il ne lit pas (B8A pour le modèle multirégional ; les bandes Sentinel-1, que seul un latent Presto utilise) et combien de pixels reposent sur moins de trois dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encoder une fois, interroger souvent&lt;/b&gt; : le côté image est calculé une fois par entrée et mis en cache sur disque (dans le dossier de cache de l'utilisateur, indexé par le contenu de l'entrée et par le modèle) et en mémoire ; la requête suivante sur la même entrée ne coûte qu'un produit matriciel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : sur une pile Sentinel-2, la tour par défaut a été entraînée sur des séries de pixels étiquetés de cinq jeux de données (France 2022 et 2023, Ouganda / Soudan du Sud, ouest des États-Unis, Slovénie) et sur des spectres simulés. Chaque jeu de données étant tour à tour réservé au test, avec des requêtes jamais utilisées à l'entraînement, son AUC ROC est de 0.75 pour la forêt, 0.65 les prairies, 0.68 les cultures annuelles, 0.72 le bâti, 0.55 l'eau, 0.60 les arbustes et 0.63 le sol nu (moyenne 0.65), en dessous de la meilleure variable NDVI seule (moyenne 0.78) : un concept décrit par des mots ne se transfère pas encore bien d'une région à l'autre. Considérez les cartes comme un classement des pixels à examiner, pas comme une classification ; pour une carte de classes, étiquetez quelques polygones et utilisez eolatent:classify.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Type what you are looking for in English — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — and get, for every pixel, the probability that it shows it. A sentence-embedding model (all-MiniLM-L6-v2, run offline) embeds the prompt; a satellite tower trained contrastively (CLIP-style) on labelled and physics-simulated Sentinel-2 time series embeds each pixel's series in the same space; the cosine between the two is calibrated into a probability.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack (eolatent:buildstack) or any Sentinel-2 raster the plugin reads (a single date counts as a one-date stack), or a latent raster from eolatent:encode (the map is then at the latent's chunk resolution). Pixels cloudy or nodata on every date are nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prompts&lt;/b&gt;: one per line (at most 16 with the negatives). One prompt: probability = calibrated sigmoid of its cosine. Several prompts and/or &lt;b&gt;negative prompts&lt;/b&gt; (things the pixel should rather be, e.g. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;): a softmax across all of them; one band per prompt, the negatives are not written. Empty prompts, prompts over 256 tokens and prompts that are clearly not English are refused with a message; the language check is a cautious guess, so a short foreign prompt may pass and give a map of no meaning.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Threshold&lt;/b&gt; (optional, 0–1): also a mask raster (1 = probability ≥ threshold, one band per prompt) and its polygons with the prompt as attribute.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quality&lt;/b&gt; (optional): the number of valid dates (clear, not nodata) behind each pixel; for a Presto latent the months with a clear Sentinel-2 observation, for a fine4 latent the clear Sentinel-2 dates behind its windows; as a UInt16 raster: a pixel seen once gets a probability that looks as sure as one seen every month. The log names the model used and why, the bands it does not read (B8A for the multi-region model; Sentinel-1 bands, which only a Presto latent uses) and how many pixels rest on fewer than three dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encode once, query many&lt;/b&gt;: the image side is computed once per input and cached on disk (in the user cache folder, keyed by the input's content and the model) and in memory; the next prompt on the same input costs a matrix product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: on a Sentinel-2 stack the default tower was trained on labelled pixel series of five data sets (France 2022 and 2023, Uganda / South Sudan, the western US, Slovenia) and on simulated spectra. With each data set held out in turn and prompts never used in training, its ROC AUC is 0.75 for forest, 0.65 grassland, 0.68 annual crops, 0.72 built-up, 0.55 water, 0.60 shrubland and 0.63 bare soil (mean 0.65), below the best single NDVI feature (mean 0.78): a concept typed in words does not yet transfer well from one region to another. Treat the maps as a ranking of pixels to look at, not a classification; for a class map, label a few polygons and use eolatent:classify.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Tapez en anglais ce que vous cherchez — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — et obtenez, pour chaque pixel, la probabilité qu'il le représente. Un modèle de plongement de phrases (all-MiniLM-L6-v2, exécuté hors ligne) plonge la requête ; une tour satellite entraînée de façon contrastive (à la manière de CLIP) sur des séries temporelles Sentinel-2 étiquetées et simulées par la physique plonge la série de chaque pixel dans le même espace ; le cosinus entre les deux est calibré en probabilité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 (eolatent:buildstack) ou tout raster Sentinel-2 que l'extension sait lire (une date unique compte comme une pile à une date), ou un raster latent issu de eolatent:encode (la carte est alors à la résolution des blocs du latent). Les pixels nuageux ou sans données à toutes les dates sont à nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Requêtes&lt;/b&gt; : une par ligne (16 au plus, négatives comprises). Une seule requête : probabilité = sigmoïde calibrée de son cosinus. Plusieurs requêtes et/ou des &lt;b&gt;requêtes négatives&lt;/b&gt; (ce que le pixel devrait plutôt être, p. ex. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;) : un softmax sur l'ensemble ; une bande par requête, les négatives ne sont pas écrites. Les requêtes vides, celles de plus de 256 tokens et celles qui ne sont manifestement pas en anglais sont refusées avec un message ; la vérification de la langue est une estimation prudente : une courte requête dans une autre langue peut passer et donner une carte sans signification.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seuil&lt;/b&gt; (facultatif, 0–1) : produit aussi un raster de masque (1 = probabilité ≥ seuil, une bande par requête) et ses polygones, avec la requête comme attribut.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qualité&lt;/b&gt; (facultatif) : le nombre de dates valides (claires, hors nodata) derrière chaque pixel ; pour un latent Presto, les mois avec une observation Sentinel-2 claire, pour un latent fine4 les dates Sentinel-2 claires derrière ses fenêtres ; en raster UInt16 : un pixel vu une seule fois reçoit une probabilité qui paraît aussi sûre que celle d'un pixel vu chaque mois. Le journal nomme le modèle utilisé et pourquoi, les bandes qu'il ne lit pas (B8A pour le modèle multirégional ; les bandes Sentinel-1, que seul un latent Presto utilise) et combien de pixels reposent sur moins de trois dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encoder une fois, interroger souvent&lt;/b&gt; : le côté image est calculé une fois par entrée et mis en cache sur disque (dans le dossier de cache de l'utilisateur, indexé par le contenu de l'entrée et par le modèle) et en mémoire ; la requête suivante sur la même entrée ne coûte qu'un produit matriciel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : sur une pile Sentinel-2, la tour par défaut a été entraînée sur des séries de pixels étiquetés de cinq jeux de données (France 2022 et 2023, Ouganda / Soudan du Sud, ouest des États-Unis, Slovénie) et sur des spectres simulés. Chaque jeu de données étant tour à tour réservé au test, avec des requêtes jamais utilisées à l'entraînement, son AUC ROC est de 0.75 pour la forêt, 0.65 les prairies, 0.68 les cultures annuelles, 0.72 le bâti, 0.55 l'eau, 0.60 les arbustes et 0.63 le sol nu (moyenne 0.65), en dessous de la meilleure variable NDVI seule (moyenne 0.78) : un concept décrit par des mots ne se transfère pas encore bien d'une région à l'autre. Considérez les cartes comme un classement des pixels à examiner, pas comme une classification ; pour une carte de classes, étiquetez quelques polygones et utilisez eolatent:classify.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Type what you are looking for in English — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — and get, for every pixel, the probability that it shows it. A sentence-embedding model (all-MiniLM-L6-v2, run offline) embeds the prompt; a satellite tower trained contrastively (CLIP-style) on labelled and physics-simulated Sentinel-2 time series embeds each pixel's series in the same space; the cosine between the two is calibrated into a probability.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack (eolatent:buildstack) or any Sentinel-2 raster the plugin reads (a single date counts as a one-date stack), or a latent raster from eolatent:encode (the map is then at the latent's chunk resolution). Pixels cloudy or nodata on every date are nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prompts&lt;/b&gt;: one per line (at most 16 with the negatives). One prompt: probability = calibrated sigmoid of its cosine. Several prompts and/or &lt;b&gt;negative prompts&lt;/b&gt; (things the pixel should rather be, e.g. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;): a softmax across all of them; one band per prompt, the negatives are not written. Empty prompts, prompts over 256 tokens and prompts that are clearly not English are refused with a message; the language check is a cautious guess, so a short foreign prompt may pass and give a map of no meaning.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Threshold&lt;/b&gt; (optional, 0–1): also a mask raster (1 = probability ≥ threshold, one band per prompt) and its polygons with the prompt as attribute.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quality&lt;/b&gt; (optional): the number of valid dates (clear, not nodata; latent windows for a latent input) behind each pixel, as a UInt16 raster: a pixel seen once gets a probability that looks as sure as one seen every month. The log names the model used and why, the bands it does not read (B8A for the multi-region model; Sentinel-1 bands, which only a Presto latent uses) and how many pixels rest on fewer than three dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encode once, query many&lt;/b&gt;: the image side is computed once per input and cached on disk (in the user cache folder, keyed by the input's content and the model) and in memory; the next prompt on the same input costs a matrix product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: on a Sentinel-2 stack the default tower was trained on labelled pixel series of five data sets (France 2022 and 2023, Uganda / South Sudan, the western US, Slovenia) and on simulated spectra. With each data set held out in turn and prompts never used in training, its ROC AUC is 0.74 for forest, 0.64 grassland, 0.68 annual crops, 0.73 built-up, 0.54 water, 0.60 shrubland and 0.63 bare soil (mean 0.65), below the best single NDVI feature (mean 0.77): a concept typed in words does not yet transfer well from one region to another. Treat the maps as a ranking of pixels to look at, not a classification; for a class map, label a few polygons and use eolatent:classify.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Tapez en anglais ce que vous cherchez — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — et obtenez, pour chaque pixel, la probabilité qu'il le représente. Un modèle de plongement de phrases (all-MiniLM-L6-v2, exécuté hors ligne) plonge la requête ; une tour satellite entraînée de façon contrastive (à la manière de CLIP) sur des séries temporelles Sentinel-2 étiquetées et simulées par la physique plonge la série de chaque pixel dans le même espace ; le cosinus entre les deux est calibré en probabilité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 (eolatent:buildstack) ou tout raster Sentinel-2 que l'extension sait lire (une date unique compte comme une pile à une date), ou un raster latent issu de eolatent:encode (la carte est alors à la résolution des blocs du latent). Les pixels nuageux ou sans données à toutes les dates sont à nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Requêtes&lt;/b&gt; : une par ligne (16 au plus, négatives comprises). Une seule requête : probabilité = sigmoïde calibrée de son cosinus. Plusieurs requêtes et/ou des &lt;b&gt;requêtes négatives&lt;/b&gt; (ce que le pixel devrait plutôt être, p. ex. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;) : un softmax sur l'ensemble ; une bande par requête, les négatives ne sont pas écrites. Les requêtes vides, celles de plus de 256 tokens et celles qui ne sont manifestement pas en anglais sont refusées avec un message ; la vérification de la langue est une estimation prudente : une courte requête dans une autre langue peut passer et donner une carte sans signification.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seuil&lt;/b&gt; (facultatif, 0–1) : produit aussi un raster de masque (1 = probabilité ≥ seuil, une bande par requête) et ses polygones, avec la requête comme attribut.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qualité&lt;/b&gt; (facultatif) : le nombre de dates valides (claires, hors nodata ; fenêtres latentes pour une entrée latente) derrière chaque pixel, en raster UInt16 : un pixel vu une seule fois reçoit une probabilité qui paraît aussi sûre que celle d'un pixel vu chaque mois. Le journal nomme le modèle utilisé et pourquoi, les bandes qu'il ne lit pas (B8A pour le modèle multirégional ; les bandes Sentinel-1, que seul un latent Presto utilise) et combien de pixels reposent sur moins de trois dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encoder une fois, interroger souvent&lt;/b&gt; : le côté image est calculé une fois par entrée et mis en cache sur disque (dans le dossier de cache de l'utilisateur, indexé par le contenu de l'entrée et par le modèle) et en mémoire ; la requête suivante sur la même entrée ne coûte qu'un produit matriciel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : sur une pile Sentinel-2, la tour par défaut a été entraînée sur des séries de pixels étiquetés de cinq jeux de données (France 2022 et 2023, Ouganda / Soudan du Sud, ouest des États-Unis, Slovénie) et sur des spectres simulés. Chaque jeu de données étant tour à tour réservé au test, avec des requêtes jamais utilisées à l'entraînement, son AUC ROC est de 0.74 pour la forêt, 0.64 les prairies, 0.68 les cultures annuelles, 0.73 le bâti, 0.54 l'eau, 0.60 les arbustes et 0.63 le sol nu (moyenne 0.65), en dessous de la meilleure variable NDVI seule (moyenne 0.77) : un concept décrit par des mots ne se transfère pas encore bien d'une région à l'autre. Considérez les cartes comme un classement des pixels à examiner, pas comme une classification ; pour une carte de classes, étiquetez quelques polygones et utilisez eolatent:classify.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Type what you are looking for in English — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — and get, for every pixel, the probability that it shows it. A sentence-embedding model (all-MiniLM-L6-v2, run offline) embeds the prompt; a satellite tower trained contrastively (CLIP-style) on labelled and physics-simulated Sentinel-2 time series embeds each pixel's series in the same space; the cosine between the two is calibrated into a probability.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack (eolatent:buildstack) or any Sentinel-2 raster the plugin reads (a single date counts as a one-date stack), or a latent raster from eolatent:encode (the map is then at the latent's chunk resolution). Pixels cloudy or nodata on every date are nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prompts&lt;/b&gt;: one per line (at most 16 with the negatives). One prompt: probability = calibrated sigmoid of its cosine. Several prompts and/or &lt;b&gt;negative prompts&lt;/b&gt; (things the pixel should rather be, e.g. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;): a softmax across all of them; one band per prompt, the negatives are not written. Empty, too long (over 256 tokens) or non-English prompts are refused with a message.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Threshold&lt;/b&gt; (optional, 0–1): also a mask raster (1 = probability ≥ threshold, one band per prompt) and its polygons with the prompt as attribute.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encode once, query many&lt;/b&gt;: the image side is computed once per input and cached on disk (in the user cache folder, keyed by the input's content and the model) and in memory; the next prompt on the same input costs a matrix product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: the towers were trained on one 1 km² Slovenian tile with five land-cover classes and on simulated spectra; the model cards give the ROC AUC per class on held-out pixels with prompts never seen in training. Treat the maps as a ranking of pixels to look at, not a classification.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Tapez en anglais ce que vous cherchez — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — et obtenez, pour chaque pixel, la probabilité qu'il le représente. Un modèle de plongement de phrases (all-MiniLM-L6-v2, exécuté hors ligne) plonge la requête ; une tour satellite entraînée de façon contrastive (à la manière de CLIP) sur des séries temporelles Sentinel-2 étiquetées et simulées par la physique plonge la série de chaque pixel dans le même espace ; le cosinus entre les deux est calibré en probabilité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 (eolatent:buildstack) ou tout raster Sentinel-2 que l'extension sait lire (une date unique compte comme une pile à une date), ou un raster latent issu de eolatent:encode (la carte est alors à la résolution des blocs du latent). Les pixels nuageux ou sans données à toutes les dates sont à nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Requêtes&lt;/b&gt; : une par ligne (16 au plus, négatives comprises). Une seule requête : probabilité = sigmoïde calibrée de son cosinus. Plusieurs requêtes et/ou des &lt;b&gt;requêtes négatives&lt;/b&gt; (ce que le pixel devrait plutôt être, p. ex. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;) : un softmax sur l'ensemble ; une bande par requête, les négatives ne sont pas écrites. Les requêtes vides, trop longues (plus de 256 tokens) ou qui ne sont pas en anglais sont refusées avec un message.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seuil&lt;/b&gt; (facultatif, 0–1) : produit aussi un raster de masque (1 = probabilité ≥ seuil, une bande par requête) et ses polygones, avec la requête comme attribut.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encoder une fois, interroger souvent&lt;/b&gt; : le côté image est calculé une fois par entrée et mis en cache sur disque (dans le dossier de cache de l'utilisateur, indexé par le contenu de l'entrée et par le modèle) et en mémoire ; la requête suivante sur la même entrée ne coûte qu'un produit matriciel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : les tours ont été entraînées sur une seule tuile slovène de 1 km² comptant cinq classes d'occupation du sol, et sur des spectres simulés ; les fiches des modèles donnent l'AUC ROC par classe sur des pixels réservés au test, avec des requêtes jamais vues à l'entraînement. Considérez les cartes comme un classement des pixels à examiner, pas comme une classification.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Additional feature rasters stacked after INPUT</source>
      <translation type="obsolete">Rasters de caractéristiques supplémentaires empilés après INPUT</translation>
    </message>
    <message>
      <source>Additional feature rasters stacked after INPUT (e.g. a Presto latent beside a fine4 latent, LAI / FCOVER / soil-moisture rasters from eolatent:biophysical or eolatent:decode)</source>
      <translation type="obsolete">Rasters de caractéristiques supplémentaires empilés après INPUT (p. ex. un latent Presto à côté d'un latent fine4, des rasters de LAI / FCOVER / humidité du sol issus de eolatent:biophysical ou eolatent:decode)</translation>
    </message>
    <message>
      <source>Additional feature rasters stacked after INPUT (optional)</source>
      <translation type="obsolete">Rasters de caractéristiques supplémentaires empilés après INPUT (facultatif)</translation>
    </message>
    <message>
      <source>Additional latent rasters stacked after INPUT</source>
      <translation type="obsolete">Rasters latents supplémentaires empilés après INPUT</translation>
    </message>
    <message>
      <source>Additional latent rasters stacked after INPUT (e.g. a Presto latent beside a fine4 latent)</source>
      <translation type="obsolete">Rasters latents supplémentaires empilés après INPUT (p. ex. un latent Presto à côté d'un latent fine4)</translation>
    </message>
    <message>
      <source>Additional latent rasters stacked after INPUT (optional)</source>
      <translation type="obsolete">Rasters latents supplémentaires empilés après INPUT (facultatif)</translation>
    </message>
    <message>
      <source>Cannot write {}: folder {} does not exist or is not writable; choose another output.</source>
      <translation type="obsolete">Impossible d'écrire {} : le dossier {} n'existe pas ou n'est pas accessible en écriture ; choisissez une autre sortie.</translation>
    </message>
    <message>
      <source>Classifier (forest, auto, lda, logistic, knn)</source>
      <translation type="obsolete">Classifieur (forest, auto, lda, logistic, knn)</translation>
    </message>
    <message>
      <source>Classifier (forest, auto, lda, logistic, knn, ensemble)</source>
      <translation type="obsolete">Classifieur (forest, auto, lda, logistic, knn, ensemble)</translation>
    </message>
    <message>
      <source>Done in {:.2f} s (image side {}).</source>
      <translation type="obsolete">Terminé en {:.2f} s (côté image {}).</translation>
    </message>
    <message>
      <source>Encoder</source>
      <translation type="obsolete">Encodeur</translation>
    </message>
    <message>
      <source>Encoder (fine4, seed100, presto)</source>
      <translation type="obsolete">Encodeur (fine4, seed100, presto)</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation type="obsolete">Facteur</translation>
    </message>
    <message>
      <source>Factor (2, 4 or 8)</source>
      <translation type="obsolete">Facteur (2, 4 ou 8)</translation>
    </message>
    <message>
      <source>Factor: type 2, 4 or 8 (the factor itself, not an option number)</source>
      <translation type="obsolete">Facteur : tapez 2, 4 ou 8 (le facteur lui-même, pas un numéro d'option)</translation>
    </message>
    <message>
      <source>Grid factor (presto: encode f × f pixel blocks)</source>
      <translation type="obsolete">Facteur de grille (presto : encoder des blocs de f × f pixels)</translation>
    </message>
    <message>
      <source>Leaf chlorophyll CAB (µg/cm²)</source>
      <translation type="obsolete">Chlorophylle foliaire CAB (µg/cm²)</translation>
    </message>
    <message>
      <source>Leaf dry matter CM (g/cm²)</source>
      <translation type="obsolete">Matière sèche foliaire CM (g/cm²)</translation>
    </message>
    <message>
      <source>Leaf water CW (g/cm²)</source>
      <translation type="obsolete">Eau foliaire CW (g/cm²)</translation>
    </message>
    <message>
      <source>Model {} on a {} input; image side {}; execution provider {}</source>
      <translation type="obsolete">Modèle {} sur une entrée {} ; côté image {} ; fournisseur d'exécution {}</translation>
    </message>
    <message>
      <source>NOT verified: {}</source>
      <translation type="obsolete">NON vérifiée : {}</translation>
    </message>
    <message>
      <source>Negative prompts (optional, one per line)</source>
      <translation type="obsolete">Requêtes négatives (facultatif, une par ligne)</translation>
    </message>
    <message>
      <source>No output selected: choose at least one variable.</source>
      <translation type="obsolete">Aucune sortie sélectionnée : choisissez au moins une variable.</translation>
    </message>
    <message>
      <source>PCA of {layer}, window {start} – {end} (PC1/PC2/PC3: {p1:.0f} %/{p2:.0f} %/{p3:.0f} % of variance)</source>
      <translation type="obsolete">ACP de {layer}, fenêtre {start} – {end} (CP1/CP2/CP3 : {p1:.0f} %/{p2:.0f} %/{p3:.0f} % de la variance)</translation>
    </message>
    <message>
      <source>Pixel at {x:.2f}, {y:.2f} ({crs})</source>
      <translation type="obsolete">Pixel en {x:.2f}, {y:.2f} ({crs})</translation>
    </message>
    <message>
      <source>Quality flags (gap-filled, held beyond 15 days, no data)</source>
      <translation type="obsolete">Indicateurs de qualité (comblé, maintenu au-delà de 15 jours, sans données)</translation>
    </message>
    <message>
      <source>Quality: valid dates (latent windows) per pixel</source>
      <translation type="obsolete">Qualité : dates valides (fenêtres latentes) par pixel</translation>
    </message>
    <message>
      <source>S1 or S2</source>
      <translation type="obsolete">S1 ou S2</translation>
    </message>
    <message>
      <source>S1: {pols} left out (not in every date)</source>
      <translation type="obsolete">S1 : {pols} écartée(s) (absente(s) de certaines dates)</translation>
    </message>
    <message>
      <source>S1: {pols} left out of the whole stack: missing on {count} of {total} date(s) ({dates}; files {files}); the stack holds {kept} only: give the missing polarisation for those dates, or leave them out ({dates_parameter} in Processing; on the command line, move their files out of the folder)</source>
      <translation type="obsolete">S1 : {pols} écartée(s) de toute la pile : absente(s) sur {count} des {total} date(s) ({dates} ; fichiers {files}) ; la pile ne contient que {kept} : fournissez la polarisation manquante pour ces dates, ou écartez-les ({dates_parameter} dans Processing ; en ligne de commande, sortez leurs fichiers du dossier)</translation>
    </message>
    <message>
      <source>S2 date(s) {dates}: cloud or shadow almost everywhere; they stay in the stack as no data (every algorithm skips them) - for a smaller stack, leave them out ({parameter} in Processing, the stack dock's date list; on the command line, move their files out of the folder)</source>
      <translation type="obsolete">S2 date(s) {dates} : nuage ou ombre presque partout ; elles restent dans la pile comme sans données (tous les algorithmes les ignorent) - pour une pile plus petite, écartez-les ({parameter} dans Processing, la liste des dates du dock des piles ; en ligne de commande, sortez leurs fichiers du dossier)</translation>
    </message>
    <message>
      <source>S2 date(s) {dates}: cloud or shadow almost everywhere; they stay in the stack as no data (every algorithm skips them) - leave them out with the dates (the dock: untick them) for a smaller stack</source>
      <translation type="obsolete">date(s) S2 {dates} : nuage ou ombre presque partout ; elles restent dans la pile comme sans données (tous les algorithmes les ignorent) - écartez-les avec les dates (dans le panneau : décochez-les) pour une pile plus petite</translation>
    </message>
    <message>
      <source>S2 {date}: {level}, {how}</source>
      <translation type="obsolete">S2 {date} : {level}, {how}</translation>
    </message>
    <message>
      <source>Scale factor (×2, ×4 or ×8)</source>
      <translation type="obsolete">Facteur d'échelle (×2, ×4 ou ×8)</translation>
    </message>
    <message>
      <source>Scale factor ×2, ×4 or ×8 (FACTOR=4 is ×4, not an option number)</source>
      <translation type="obsolete">Facteur d'échelle ×2, ×4 ou ×8 (FACTOR=4 vaut ×4, pas un numéro d'option)</translation>
    </message>
    <message>
      <source>Sentinel-2 product folder (SAFE or Theia/MAJA), instead of INPUT</source>
      <translation type="obsolete">Dossier de produit Sentinel-2 (SAFE ou Theia/MAJA), à la place de INPUT</translation>
    </message>
    <message>
      <source>Smoothing window (days)</source>
      <translation type="obsolete">Fenêtre de lissage (jours)</translation>
    </message>
    <message>
      <source>Soil brightness</source>
      <translation type="obsolete">Brillance du sol</translation>
    </message>
    <message>
      <source>Soil moisture SM (m³/m³)</source>
      <translation type="obsolete">Humidité du sol SM (m³/m³)</translation>
    </message>
    <message>
      <source>Soil moisture is not decoded: the latent holds no Sentinel-1 ({}), so it would be the decoder's guess from the optical features, not a radar measurement. To decode it anyway, save the soil moisture output to a file.</source>
      <translation type="obsolete">L'humidité du sol n'est pas décodée : le latent ne contient pas de Sentinel-1 ({}), elle serait donc l'estimation du décodeur à partir des caractéristiques optiques, pas une mesure radar. Pour la décoder malgré tout, enregistrez la sortie d'humidité du sol dans un fichier.</translation>
    </message>
    <message>
      <source>Spatial block size of the validation split (map units, 0 = automatic)</source>
      <translation type="obsolete">Taille des blocs spatiaux de la validation (unités de la carte, 0 = automatique)</translation>
    </message>
    <message>
      <source>The clumping-index map cannot be opened as a raster layer.</source>
      <translation type="obsolete">La carte d'indice d'agrégation ne peut pas être ouverte comme couche raster.</translation>
    </message>
    <message>
      <source>The smoothing window ({:g} days) is not used: smoothing is off. Tick "Smooth along time" (SMOOTH=true) to smooth.</source>
      <translation type="obsolete">La fenêtre de lissage ({:g} jours) n'est pas utilisée : le lissage est désactivé. Cochez « Lisser dans le temps et combler les dates nuageuses » (SMOOTH=true) pour lisser.</translation>
    </message>
    <message>
      <source>Threshold for the mask and polygons (0–1, optional)</source>
      <translation type="obsolete">Seuil du masque et des polygones (0–1, facultatif)</translation>
    </message>
    <message>
      <source>Training prior (wide: best on simulations; codistributed: reads dense canopies from the near infrared, as SL2P)</source>
      <translation type="obsolete">A priori d'entraînement (wide : meilleur sur les simulations ; codistributed : lit les couverts denses par le proche infrarouge, comme SL2P)</translation>
    </message>
    <message>
      <source>Vegetation cover FCOVER</source>
      <translation type="obsolete">Couvert végétal FCOVER</translation>
    </message>
    <message>
      <source>a per-date multiband GeoTIFF with bands described B02, B03, ..., a multi-date stack GeoTIFF (write_s2_stack), an ESA SAFE L2A folder (*.SAFE or its MTD_MSIL2A.xml) or a Theia/MAJA L2A folder (*_MTD_ALL.xml and *_FRE_B*.tif)</source>
      <translation type="obsolete">un GeoTIFF multibande par date dont les bandes sont décrites B02, B03, ..., une pile GeoTIFF multidate (write_s2_stack), un dossier ESA SAFE L2A (*.SAFE ou son MTD_MSIL2A.xml) ou un dossier Theia/MAJA L2A (*_MTD_ALL.xml et *_FRE_B*.tif)</translation>
    </message>
    <message>
      <source>an {modality} stack ({algorithm})</source>
      <translation type="obsolete">une pile {modality} ({algorithm})</translation>
    </message>
    <message>
      <source>at least two classes are needed</source>
      <translation type="obsolete">au moins deux classes sont nécessaires</translation>
    </message>
    <message>
      <source>band values look like reflectance in percent, not 0–1 (99th percentile {value:.0f}); divide them by 100</source>
      <translation type="obsolete">les valeurs des bandes semblent être des réflectances en pourcentage, pas en 0–1 (99e centile {value:.0f}) ; divisez-les par 100</translation>
    </message>
    <message>
      <source>band {band} is not in every selected Sentinel-2 product (common bands: {common}); choose among them</source>
      <translation type="obsolete">la bande {band} n'est pas présente dans tous les produits Sentinel-2 sélectionnés (bandes communes : {common}) ; choisissez parmi celles-ci</translation>
    </message>
    <message>
      <source>block size {size} rounded up to {aligned} px: {algorithm}'s blocks are whole multiples of {align} px (its tiles or feature strips)</source>
      <translation type="obsolete">taille de bloc {size} arrondie à {aligned} px : les blocs de {algorithm} sont des multiples entiers de {align} px (ses tuiles ou bandes de caractéristiques)</translation>
    </message>
    <message>
      <source>build the stack again without those dates ({algorithm}, {parameter}), or encode it with {encoder} (it masks missing bands) and query that latent</source>
      <translation type="obsolete">construisez à nouveau la pile sans ces dates ({algorithm}, {parameter}), ou encodez-la avec {encoder} (il masque les bandes manquantes) et interrogez ce latent</translation>
    </message>
    <message>
      <source>cannot open the LST input {path} (GDAL: {error})</source>
      <translation type="obsolete">impossible d'ouvrir l'entrée LST {path} (GDAL : {error})</translation>
    </message>
    <message>
      <source>cannot open the guide {path} (GDAL: {error})</source>
      <translation type="obsolete">impossible d'ouvrir le guide {path} (GDAL : {error})</translation>
    </message>
    <message>
      <source>choose {what}: `{option}` on the command line for this install, or the environment variable {variable} for every run</source>
      <translation type="obsolete">choisissez {what} : `{option}` en ligne de commande pour cette installation, ou la variable d'environnement {variable} pour toutes les exécutions</translation>
    </message>
    <message>
      <source>choose {what}: `{option}` on the command line for this install, or the environment variable {variable} for every run (set now to {value})</source>
      <translation type="obsolete">choisissez {what} : `{option}` en ligne de commande pour cette installation, ou la variable d'environnement {variable} pour toutes les exécutions (actuellement {value})</translation>
    </message>
    <message>
      <source>date {date}: {how}: {value:.1f}°, not a zenith angle the retrieval can use (0 to under 90°; at 90° and beyond the sun is on or below the horizon)</source>
      <translation type="obsolete">date {date} : {how} : {value:.1f}°, pas un angle zénithal utilisable par l'inversion (de 0 à moins de 90° ; à 90° et au-delà le soleil est sur ou sous l'horizon)</translation>
    </message>
    <message>
      <source>encoder {model} {version} (chunk {size} px, {days}-day windows, {features} features); execution provider: {provider}; period {start}…{end}: {windows} window(s) with acquisitions, {skipped} empty window(s) skipped; modalities {modalities}</source>
      <translation type="obsolete">encodeur {model} {version} (bloc de {size} px, fenêtres de {days} jours, {features} caractéristiques) ; fournisseur d'exécution : {provider} ; période {start}…{end} : {windows} fenêtre(s) avec acquisitions, {skipped} fenêtre(s) vide(s) ignorée(s) ; modalités {modalities}</translation>
    </message>
    <message>
      <source>fine: 4 × 4 px chunks (40 m), 10-day windows, 64 features</source>
      <translation type="obsolete">fine : blocs de 4 × 4 px (40 m), fenêtres de 10 jours, 64 caractéristiques</translation>
    </message>
    <message>
      <source>folder {path} is not writable ({reason}); choose a folder you can write to</source>
      <translation type="obsolete">le dossier {path} n'est pas accessible en écriture ({reason}) ; choisissez un dossier où vous pouvez écrire</translation>
    </message>
    <message>
      <source>for several GeoTIFFs pass a list of files to open_s2([...])</source>
      <translation type="obsolete">pour plusieurs GeoTIFF, donnez une liste de fichiers à open_s2([...])</translation>
    </message>
    <message>
      <source>install it offline with {}</source>
      <translation type="obsolete">installez-le hors ligne avec {}</translation>
    </message>
    <message>
      <source>install offline with {}</source>
      <translation type="obsolete">installez hors ligne avec {}</translation>
    </message>
    <message>
      <source>interrupted; nothing was installed (a copy from a folder starts again from the beginning)</source>
      <translation type="obsolete">interrompu ; rien n'a été installé (une copie depuis un dossier repart du début)</translation>
    </message>
    <message>
      <source>model {model} on {provider}</source>
      <translation type="obsolete">modèle {model} sur {provider}</translation>
    </message>
    <message>
      <source>no Sentinel-2 (optical variables guessed, or filled where gap-filled)</source>
      <translation type="obsolete">pas de Sentinel-2 (variables optiques supposées, ou comblées là où c'est indiqué comblé)</translation>
    </message>
    <message>
      <source>no decoder for preset '{preset}' is installed in {folder} (known presets: {presets}); run {command} or give the path of an ONNX model</source>
      <translation type="obsolete">aucun décodeur pour le préréglage '{preset}' n'est installé dans {folder} (préréglages connus : {presets}) ; lancez {command} ou donnez le chemin d'un modèle ONNX</translation>
    </message>
    <message>
      <source>no encoder</source>
      <translation type="obsolete">aucun encodeur</translation>
    </message>
    <message>
      <source>no encoder for preset '{preset}' is installed in {folder} (known presets: {presets}); run {command} or give the path of an ONNX model</source>
      <translation type="obsolete">aucun encodeur pour le préréglage '{preset}' n'est installé dans {folder} (préréglages connus : {presets}) ; lancez {command} ou donnez le chemin d'un modèle ONNX</translation>
    </message>
    <message>
      <source>no output requested</source>
      <translation type="obsolete">aucune sortie demandée</translation>
    </message>
    <message>
      <source>no valid observation to derive λ from</source>
      <translation type="obsolete">aucune observation valide dont déduire λ</translation>
    </message>
    <message>
      <source>no value at the dates asked in {file}: gap filling is off and each date lies between windows without an observation (cloud, nodata); decode with {parameter} on (the default), or ask for dates next to valid windows</source>
      <translation type="obsolete">aucune valeur aux dates demandées dans {file} : le comblement des lacunes est désactivé et chaque date tombe entre des fenêtres sans observation (nuage, nodata) ; décodez avec {parameter} activé (par défaut), ou demandez des dates proches de fenêtres valides</translation>
    </message>
    <message>
      <source>of the decoded chunk-dates, {s2:.1f} % rest on windows without a Sentinel-2 observation there (the optical variables are guessed from radar: quality flag 8) and {s1:.1f} % on windows without a Sentinel-1 one (soil moisture guessed from optical: flag 16)</source>
      <translation type="obsolete">parmi les blocs-dates décodés, {s2:.1f} % reposent sur des fenêtres sans observation Sentinel-2 à cet endroit (les variables optiques y sont supposées à partir du radar : indicateur de qualité 8) et {s1:.1f} % sur des fenêtres sans observation Sentinel-1 (humidité du sol supposée à partir de l'optique : indicateur 16)</translation>
    </message>
    <message>
      <source>offline: {}</source>
      <translation type="obsolete">hors ligne : {}</translation>
    </message>
    <message>
      <source>one class code per geometry is needed</source>
      <translation type="obsolete">il faut un code de classe par géométrie</translation>
    </message>
    <message>
      <source>output: {width} × {height} pixels ({mpx:.1f} Mpx), {size:.3g} GB as float32 before compression</source>
      <translation type="obsolete">sortie : {width} × {height} pixels ({mpx:.1f} Mpx), {size:.3g} Go en float32 avant compression</translation>
    </message>
    <message>
      <source>output: {width} × {height} pixels × {bands} bands, {size:.3g} GB as float32 before compression</source>
      <translation type="obsolete">sortie : {width} × {height} pixels × {bands} bandes, {size:.3g} Go en float32 avant compression</translation>
    </message>
    <message>
      <source>polarisation {pols} is not in every selected Sentinel-1 date (common: {common}); choose among them</source>
      <translation type="obsolete">la polarisation {pols} n'est pas présente dans toutes les dates Sentinel-1 sélectionnées (communes : {common}) ; choisissez parmi celles-ci</translation>
    </message>
    <message>
      <source>reinstall the plugin (in a clone of the repository: `make models`), or install a good copy with `{command}`</source>
      <translation type="obsolete">réinstallez l'extension (dans un clone du dépôt : `make models`), ou installez une copie intacte avec `{command}`</translation>
    </message>
    <message>
      <source>reinstall the plugin (or, in a clone of the repository, re-run `make models`)</source>
      <translation type="obsolete">réinstallez l'extension (ou, dans un clone du dépôt, relancez `make models`)</translation>
    </message>
    <message>
      <source>remove those dates from the stack ({algorithm}), or encode it with {encoder} (it masks missing bands) and query that latent</source>
      <translation type="obsolete">retirez ces dates de la pile ({algorithm}), ou encodez-la avec {encoder} (il masque les bandes manquantes) et interrogez ce latent</translation>
    </message>
    <message>
      <source>run `{command}` (fills {folder}, no administrator rights needed)</source>
      <translation type="obsolete">lancez `{command}` (remplit {folder}, sans droits d'administrateur)</translation>
    </message>
    <message>
      <source>seed: 100 × 100 px chunks (1 km), 10-day windows, 256 features</source>
      <translation type="obsolete">seed : blocs de 100 × 100 px (1 km), fenêtres de 10 jours, 256 caractéristiques</translation>
    </message>
    <message>
      <source>stacked features of {count} rasters on the grid of {file} ({width} × {height} pixels of {res:g}, the finest input)</source>
      <translation type="obsolete">variables empilées de {count} rasters sur la grille de {file} ({width} × {height} pixels de {res:g}, l'entrée la plus fine)</translation>
    </message>
    <message>
      <source>target grid: {crs}, {width} x {height} pixels of {res:g}, bounds {bounds}</source>
      <translation type="obsolete">grille cible : {crs}, {width} x {height} pixels de {res:g}, emprise {bounds}</translation>
    </message>
    <message>
      <source>the LAI of {count} Sentinel-2 date(s) ({dates}) is retrieved under a sun zenith beyond the {trained:.1f}° the LAI model was trained on: it is extrapolated, and the soil moisture of the S1 dates that take it is less sure than its 1σ says; give a LAI raster without those dates ({lai})</source>
      <translation type="obsolete">le LAI de {count} date(s) Sentinel-2 ({dates}) est estimé sous un angle zénithal solaire au-delà des {trained:.1f}° sur lesquels le modèle de LAI a été entraîné : il est extrapolé, et l'humidité du sol des dates S1 qui le prennent est moins sûre que ne le dit son 1σ ; donnez un raster de LAI sans ces dates ({lai})</translation>
    </message>
    <message>
      <source>the guide {file} holds values {low:.4g} … {high:.4g} (1st–99th percentile), not a vegetation index (NDVI lies in −1 … 1); give an NDVI raster (a scaled one with its scale factor in its metadata, e.g. {example}), or a Sentinel-2 stack with {red} and {nir}</source>
      <translation type="obsolete">le guide {file} contient des valeurs de {low:.4g} à {high:.4g} (1er–99e centile), ce n'est pas un indice de végétation (le NDVI est compris entre −1 et 1) ; donnez un raster NDVI (s'il est mis à l'échelle, avec son facteur d'échelle dans ses métadonnées, par exemple {example}), ou une pile Sentinel-2 avec {red} et {nir}</translation>
    </message>
    <message>
      <source>the period asked for ({start}…{end}) reaches beyond the acquisitions in it ({first}…{last}): the latent has windows only where the stacks have dates</source>
      <translation type="obsolete">la période demandée ({start}…{end}) dépasse les acquisitions qu'elle contient ({first}…{last}) : le latent n'a de fenêtres que là où les piles ont des dates</translation>
    </message>
    <message>
      <source>the reflectance read is implausibly dark on {dates} (no band's 99th percentile reaches {level}): is the input in percent (0–100) or 8-bit (0–255) instead of reflectance 0–1 or digital numbers × 10 000? Rescale it (or set the GDAL scale of its bands), else the results are wrong</source>
      <translation type="obsolete">la réflectance lue est invraisemblablement sombre le {dates} (le 99e centile d'aucune bande n'atteint {level}) : l'entrée est-elle en pourcentage (0–100) ou sur 8 bits (0–255) au lieu d'une réflectance 0–1 ou de comptes numériques × 10 000 ? Remettez-la à l'échelle (ou indiquez l'échelle GDAL de ses bandes), sinon les résultats sont faux</translation>
    </message>
    <message>
      <source>the s2cloudless model is not installed: {dialog} in QGIS, or `{command} {model}`</source>
      <translation type="obsolete">le modèle s2cloudless n'est pas installé : {dialog} dans QGIS, ou `{command} {model}`</translation>
    </message>
    <message>
      <source>the smoothing window must be a positive number of days, not {value}</source>
      <translation type="obsolete">la fenêtre de lissage doit être un nombre de jours positif, pas {value}</translation>
    </message>
    <message>
      <source>the stack ({width} × {height} px) fills {percent:.0f} % of the encoder's {count} chunk(s) of {size} × {size} px: the rest is padding, and a chunk that is mostly padding gets a latent close to the prior; give a stack at least {size} × {size} px, or use a model with smaller chunks ({models})</source>
      <translation type="obsolete">la pile ({width} × {height} px) remplit {percent:.0f} % des {count} bloc(s) de {size} × {size} px de l'encodeur : le reste est du remplissage, et un bloc fait surtout de remplissage reçoit un latent proche de l'a priori ; donnez une pile d'au moins {size} × {size} px, ou utilisez un modèle à blocs plus petits ({models})</translation>
    </message>
    <message>
      <source>the text model understands English only, and this prompt cannot be used: {problem}. Write the prompt in English, e.g. {example}, {other}</source>
      <translation type="obsolete">le modèle de texte ne comprend que l'anglais, et cette requête ne peut pas être utilisée : {problem}. Écrivez la requête en anglais, par exemple {example}, {other}</translation>
    </message>
    <message>
      <source>the text prompt is too long: {count} tokens, the text model accepts at most {max} ({cls} and {sep} included; a rare or long word counts as several tokens); shorten it to a phrase or a sentence or two</source>
      <translation type="obsolete">la requête est trop longue : {count} tokens, le modèle de texte en accepte au plus {max} ({cls} et {sep} compris ; un mot rare ou long compte pour plusieurs tokens) ; réduisez-la à une expression ou à une ou deux phrases</translation>
    </message>
    <message>
      <source>the text-query model {model} reads latents of {encoder}, but this raster was made by {raster_encoder}</source>
      <translation type="obsolete">le modèle de requête textuelle {model} lit les latents de {encoder}, mais ce raster a été produit par {raster_encoder}</translation>
    </message>
    <message>
      <source>the tiles folder {folder} holds the {count} finished blocks of an earlier run ({algorithm}), kept for a {vrt} output or by {keep}; add {resume} to assemble them again without computing (refused where the inputs or parameters changed), or delete the folder or choose another {tiles_dir} to compute afresh</source>
      <translation type="obsolete">le dossier de tuiles {folder} contient les {count} blocs terminés d'une exécution précédente ({algorithm}), gardés pour une sortie {vrt} ou par {keep} ; ajoutez {resume} pour les assembler de nouveau sans calcul (refusé si les entrées ou les paramètres ont changé), ou supprimez le dossier ou choisissez un autre {tiles_dir} pour tout recalculer</translation>
    </message>
    <message>
      <source>thread count must be at least 1</source>
      <translation type="obsolete">le nombre de threads doit être au moins 1</translation>
    </message>
    <message>
      <source>tile size must be ≥ 1 and overlap ≥ 0</source>
      <translation type="obsolete">la taille de tuile doit être ≥ 1 et le recouvrement ≥ 0</translation>
    </message>
    <message>
      <source>truncated or corrupt ONNX file</source>
      <translation type="obsolete">fichier ONNX tronqué ou corrompu</translation>
    </message>
    <message>
      <source>zenith angles must be in degrees between 0 and 90</source>
      <translation type="obsolete">les angles zénithaux doivent être en degrés, entre 0 et 90</translation>
    </message>
    <message>
      <source>{count} edge chunk(s) only partly covered by the stack's data are left out of the fit and only assigned (their latents describe part of a chunk)</source>
      <translation type="obsolete">{count} bloc(s) de bord couvert(s) seulement en partie par les données de la pile sont exclus de l'ajustement et seulement affectés (leurs latents décrivent une partie d'un bloc)</translation>
    </message>
    <message>
      <source>{file} at the dates asked (gap filling off: a date between windows without an observation gets no value; turn {parameter} on, or ask for dates next to valid windows)</source>
      <translation type="obsolete">{file} aux dates demandées (comblement des lacunes désactivé : une date entre des fenêtres sans observation n'a pas de valeur ; activez {parameter}, ou demandez des dates proches de fenêtres valides)</translation>
    </message>
    <message>
      <source>{file} is neither a Sentinel-2 stack nor a latent raster ({error}); give a stack from {buildstack}, a Sentinel-2 raster or a latent raster from {encode}</source>
      <translation type="obsolete">{file} n'est ni une pile Sentinel-2 ni un raster latent ({error}) ; donnez une pile issue de {buildstack}, un raster Sentinel-2 ou un raster latent issu de {encode}</translation>
    </message>
    <message>
      <source>{file} is not the expected file: the source has more than the {size} bytes the manifest gives; the downloaded data was deleted and nothing was installed</source>
      <translation type="obsolete">{file} n'est pas le fichier attendu : la source contient plus que les {size} octets indiqués par le manifeste ; les données téléchargées ont été supprimées et rien n'a été installé</translation>
    </message>
    <message>
      <source>{first} and {second} are the same prompt to the text model (case, accents and punctuation aside): they would share every pixel equally, a map of 0.5 everywhere; give each prompt once</source>
      <translation type="obsolete">{first} et {second} sont la même requête pour le modèle de texte (à la casse, aux accents et à la ponctuation près) : elles se partageraient également chaque pixel, une carte de 0.5 partout ; donnez chaque requête une seule fois</translation>
    </message>
    <message>
      <source>{folder} has {free:.3g} GB free, but the output needs about {need:.3g} GB even compressed ({size:.3g} GB before compression); free some space, write elsewhere, or clip the input</source>
      <translation type="obsolete">{folder} a {free:.3g} Go libres, mais la sortie a besoin d'environ {need:.3g} Go même compressée ({size:.3g} Go avant compression) ; libérez de l'espace, écrivez ailleurs, ou découpez l'entrée</translation>
    </message>
    <message>
      <source>{folder} has {free:.3g} GB free, but the stacks need about {need:.3g} GB even compressed ({size:.3g} GB before compression); choose a coarser resolution, a smaller area or fewer dates, or write elsewhere</source>
      <translation type="obsolete">{folder} a {free:.3g} Go libres, mais les piles ont besoin d'environ {need:.3g} Go même compressées ({size:.3g} Go avant compression) ; choisissez une résolution plus grossière, une zone plus petite ou moins de dates, ou écrivez ailleurs</translation>
    </message>
    <message>
      <source>{folder} has {free:.3g} GB free, less than the output's {size:.3g} GB before compression; the run may fail for lack of space</source>
      <translation type="obsolete">{folder} a {free:.3g} Go libres, moins que les {size:.3g} Go de la sortie avant compression ; l'exécution peut échouer faute d'espace</translation>
    </message>
    <message>
      <source>{folder} has {free:.3g} GB free, less than the stacks' {size:.3g} GB before compression; the build may fail for lack of space</source>
      <translation type="obsolete">{folder} a {free:.3g} Go libres, moins que les {size:.3g} Go des piles avant compression ; la construction peut échouer faute d'espace</translation>
    </message>
    <message>
      <source>{name} = {value} is not a zenith angle in degrees (0–90)</source>
      <translation type="obsolete">{name} = {value} n'est pas un angle zénithal en degrés (0–90)</translation>
    </message>
    <message>
      <source>{parameter} = {value:g}° is outside Sentinel-2's view zenith range (0–{s2:g}°): the networks were trained on 0–{trained:g}° and extrapolate there (quality flag 1); give the product's mean view zenith, or leave {parameter} empty for the default {default:g}°</source>
      <translation type="obsolete">{parameter} = {value:g}° est hors de la plage d'angle zénithal de visée de Sentinel-2 (0–{s2:g}°) : les réseaux ont été entraînés sur 0–{trained:g}° et extrapolent ici (indicateur de qualité 1) ; donnez l'angle zénithal de visée moyen du produit, ou laissez {parameter} vide pour la valeur par défaut {default:g}°</translation>
    </message>
    <message>
      <source>{parameter} {band} does not exist: {file} has {count} band(s)</source>
      <translation type="obsolete">{parameter} {band} n'existe pas : {file} a {count} bande(s)</translation>
    </message>
    <message>
      <source>{path} is not a Sentinel-2 product folder: no MTD_MSIL2A.xml (SAFE) and no *_MTD_ALL.xml with *_FRE_B*.tif (Theia) in it (it holds: {names}); pass {accepted}</source>
      <translation type="obsolete">{path} n'est pas un dossier de produit Sentinel-2 : ni MTD_MSIL2A.xml (SAFE) ni *_MTD_ALL.xml avec *_FRE_B*.tif (Theia) (il contient : {names}) ; donnez {accepted}</translation>
    </message>
    <message>
      <source>{path} is not a product but contains {count} product folder(s) ({names}); pass one of them, or a list of them to open_s2([...]) for a time series</source>
      <translation type="obsolete">{path} n'est pas un produit mais contient {count} dossier(s) de produit ({names}) ; donnez l'un d'eux, ou une liste d'entre eux à open_s2([...]) pour une série temporelle</translation>
    </message>
    <message>
      <source>{percent:.1f} % of the guide values under valid LST pixels are exactly 0: likely a fill value not declared as nodata (e.g. the edge of a Sentinel-2 tile), read as NDVI 0; declare it ({command}) if so</source>
      <translation type="obsolete">{percent:.1f} % des valeurs du guide sous les pixels LST valides valent exactement 0 : probablement une valeur de remplissage non déclarée comme nodata (par ex. le bord d'une tuile Sentinel-2), lue comme un NDVI de 0 ; déclarez-la ({command}) si c'est le cas</translation>
    </message>
    <message>
      <source>{problem} — reinstall the plugin or re-run `make models`</source>
      <translation type="obsolete">{problem} — réinstallez l'extension ou relancez `make models`</translation>
    </message>
    <message>
      <source>{problem}; reinstall the plugin, or install a verified copy in the user model folder with `{command}` (then used instead)</source>
      <translation type="obsolete">{problem} ; réinstallez l'extension, ou installez une copie vérifiée dans le dossier de modèles de l'utilisateur avec `{command}` (elle est alors utilisée à la place)</translation>
    </message>
    <message>
      <source>{} (not installed)</source>
      <translation type="obsolete">{} (non installé)</translation>
    </message>
    <message>
      <source>{} not decoded: the latent holds no Sentinel-2 ({}), so they would be the decoder's guess from the radar features, not an optical retrieval. To decode them anyway, save them to files.</source>
      <translation type="obsolete">{} non décodés : le latent ne contient pas de Sentinel-2 ({}), ils seraient donc l'estimation du décodeur à partir des caractéristiques radar, pas une restitution optique. Pour les décoder malgré tout, enregistrez-les dans des fichiers.</translation>
    </message>
    <message>
      <source>{}: sun zenith {:.1f}°, view zenith {:.1f}°, relative azimuth {:.1f}° ({})</source>
      <translation type="obsolete">{} : zénith solaire {:.1f}°, zénith de visée {:.1f}°, azimut relatif {:.1f}° ({})</translation>
    </message>
    <message>
      <source>{}: the raster cannot be opened.</source>
      <translation type="obsolete">{} : le raster ne peut pas être ouvert.</translation>
    </message>
    <message>
      <source>≥ {:.2f}</source>
      <translation type="obsolete">≥ {:.2f}</translation>
    </message>
  </context>
</TS>
