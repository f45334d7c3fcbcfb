# SPDX-License-Identifier: GPL-3.0-or-later
"""Fabricate small but realistic Sentinel-2 product folders for the reader tests.

SAFE L2A: the real folder layout (GRANULE/L2A_.../IMG_DATA/R10m|R20m|R60m, lossless
uint16 JPEG 2000 written by GDAL's JP2OpenJPEG driver) with MTD_MSIL2A.xml and
MTD_TL.xml following the element names of ESA's product specification. Theia: the
MAJA/Muscate layout (int16 *_FRE_B*.tif, MASKS/*_CLM_R1.tif ..., *_MTD_ALL.xml).
Grids: 10 m = 12 x 12 pixels, 20 m = 6 x 6, 60 m = 2 x 2, upper-left (300000, 5000040).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import rasterio
from rasterio.crs import CRS
from rasterio.transform import from_origin

UL_X, UL_Y = 300000.0, 5000040.0
N10 = 12
BAND_IDS = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09",
            "B10", "B11", "B12")


def n_for(res: int) -> int:
    """Pixels per side at resolution *res* metres."""
    return N10 * 10 // res


def safe_dn(band: str, res: int) -> np.ndarray:
    """Deterministic uint16 DN for *band* at *res* m (values 1100..4999)."""
    n = n_for(res)
    seed = BAND_IDS.index(band) * 100 + res
    rng = np.random.default_rng(seed)
    return rng.integers(1100, 5000, size=(n, n)).astype(np.uint16)


def safe_scl() -> np.ndarray:
    """20 m SCL: vegetation (4) with cloud/shadow/cirrus/snow/no-data pixels."""
    scl = np.full((6, 6), 4, dtype=np.uint8)
    scl[2, 3] = 9   # cloud high probability
    scl[4, 1] = 3   # cloud shadow
    scl[1, 4] = 8   # cloud medium probability
    scl[3, 0] = 10  # thin cirrus
    scl[5, 5] = 11  # snow: stays valid
    scl[0, 5] = 0   # no data
    return scl


def write_raster(path, arr, res, driver="GTiff", crs="EPSG:32633", nodata=None,
                 description=None, **opts):
    """Write a single-band raster on the fixture grid at *res* metres."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    profile = dict(driver=driver, width=arr.shape[1], height=arr.shape[0], count=1,
                   dtype=arr.dtype.name, crs=CRS.from_string(crs),
                   transform=from_origin(UL_X, UL_Y, res, res))
    if nodata is not None:
        profile["nodata"] = nodata
    if driver == "JP2OpenJPEG":
        opts.setdefault("QUALITY", "100")
        opts.setdefault("REVERSIBLE", "YES")
        opts.setdefault("RESOLUTIONS", "1")
    profile.update(opts)
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(arr, 1)
        if description:
            dst.set_band_description(1, description)
    return path


# --------------------------------------------------------------------------- SAFE

_MTD_L2A = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<n1:Level-2A_User_Product xmlns:n1="https://psd-14.sentinel2.eo.esa.int/PSD/User_Product_Level-2A.xsd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="https://psd-14.sentinel2.eo.esa.int/PSD/User_Product_Level-2A.xsd">
  <n1:General_Info>
    <Product_Info>
      <PRODUCT_START_TIME>{start}</PRODUCT_START_TIME>
      <PRODUCT_STOP_TIME>{start}</PRODUCT_STOP_TIME>
      <PRODUCT_URI>{name}</PRODUCT_URI>
      <PROCESSING_LEVEL>Level-2A</PROCESSING_LEVEL>
      <PRODUCT_TYPE>S2MSI2A</PRODUCT_TYPE>
      <PROCESSING_BASELINE>{baseline}</PROCESSING_BASELINE>
      <PRODUCT_DOI>https://doi.org/10.5270/S2_-znk9xsj</PRODUCT_DOI>
      <GENERATION_TIME>2021-07-03T13:00:09.000000Z</GENERATION_TIME>
      <Datatake datatakeIdentifier="GS2B_20210703T102029_022645_N{bl}">
        <SPACECRAFT_NAME>{spacecraft}</SPACECRAFT_NAME>
        <DATATAKE_TYPE>INS-NOBS</DATATAKE_TYPE>
        <DATATAKE_SENSING_START>{start}</DATATAKE_SENSING_START>
        <SENSING_ORBIT_NUMBER>65</SENSING_ORBIT_NUMBER>
        <SENSING_ORBIT_DIRECTION>DESCENDING</SENSING_ORBIT_DIRECTION>
      </Datatake>
      <Query_Options completeSingleTile="true">
        <PRODUCT_FORMAT>SAFE_COMPACT</PRODUCT_FORMAT>
      </Query_Options>
      <Product_Organisation>
        <Granule_List>
          <Granule datastripIdentifier="S2B_OPER_MSI_L2A_DS_2BPS_20210703T130009_S20210703T102507_N{bl}" granuleIdentifier="S2B_OPER_MSI_L2A_TL_2BPS_20210703T130009_A022645_T33TUL_N{bl}" imageFormat="JPEG2000">
{image_files}
          </Granule>
        </Granule_List>
      </Product_Organisation>
    </Product_Info>
    <Product_Image_Characteristics>
      <Special_Values>
        <SPECIAL_VALUE_TEXT>NODATA</SPECIAL_VALUE_TEXT>
        <SPECIAL_VALUE_INDEX>0</SPECIAL_VALUE_INDEX>
      </Special_Values>
      <Special_Values>
        <SPECIAL_VALUE_TEXT>SATURATED</SPECIAL_VALUE_TEXT>
        <SPECIAL_VALUE_INDEX>65535</SPECIAL_VALUE_INDEX>
      </Special_Values>
      <QUANTIFICATION_VALUES_LIST>
        <BOA_QUANTIFICATION_VALUE unit="none">10000</BOA_QUANTIFICATION_VALUE>
        <AOT_QUANTIFICATION_VALUE unit="none">1000.0</AOT_QUANTIFICATION_VALUE>
        <WVP_QUANTIFICATION_VALUE unit="cm">1000.0</WVP_QUANTIFICATION_VALUE>
      </QUANTIFICATION_VALUES_LIST>
{offsets}
      <REFERENCE_BAND>B1</REFERENCE_BAND>
    </Product_Image_Characteristics>
  </n1:General_Info>
  <n1:Geometric_Info>
  </n1:Geometric_Info>
  <n1:Quality_Indicators_Info>
    <Cloud_Coverage_Assessment>{cloud}</Cloud_Coverage_Assessment>
    <Image_Content_QI>
      <NODATA_PIXEL_PERCENTAGE>2.7</NODATA_PIXEL_PERCENTAGE>
      <CLOUDY_PIXEL_PERCENTAGE>99.0</CLOUDY_PIXEL_PERCENTAGE>
    </Image_Content_QI>
  </n1:Quality_Indicators_Info>
</n1:Level-2A_User_Product>
"""

_MTD_TL = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<n1:Level-2A_Tile_ID xmlns:n1="https://psd-14.sentinel2.eo.esa.int/PSD/S2_PDI_Level-2A_Tile_Metadata.xsd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <n1:General_Info>
    <TILE_ID metadataLevel="Brief">S2B_OPER_MSI_L2A_TL_2BPS_20210703T130009_A022645_T33TUL_N{bl}</TILE_ID>
    <SENSING_TIME metadataLevel="Standard">{start}</SENSING_TIME>
  </n1:General_Info>
  <n1:Geometric_Info>
    <Tile_Geocoding metadataLevel="Brief">
      <HORIZONTAL_CS_NAME>WGS84 / UTM zone 33N</HORIZONTAL_CS_NAME>
      <HORIZONTAL_CS_CODE>EPSG:32633</HORIZONTAL_CS_CODE>
      <Size resolution="10"><NROWS>12</NROWS><NCOLS>12</NCOLS></Size>
      <Size resolution="20"><NROWS>6</NROWS><NCOLS>6</NCOLS></Size>
      <Size resolution="60"><NROWS>2</NROWS><NCOLS>2</NCOLS></Size>
      <Geoposition resolution="10"><ULX>300000</ULX><ULY>5000040</ULY><XDIM>10</XDIM><YDIM>-10</YDIM></Geoposition>
    </Tile_Geocoding>
    <Tile_Angles metadataLevel="Standard">
      <Sun_Angles_Grid>
        <Zenith>
          <COL_STEP unit="m">5000</COL_STEP>
          <ROW_STEP unit="m">5000</ROW_STEP>
          <Values_List><VALUES>{sun_zen} {sun_zen}</VALUES><VALUES>{sun_zen} {sun_zen}</VALUES></Values_List>
        </Zenith>
        <Azimuth>
          <COL_STEP unit="m">5000</COL_STEP>
          <ROW_STEP unit="m">5000</ROW_STEP>
          <Values_List><VALUES>{sun_az} {sun_az}</VALUES><VALUES>{sun_az} {sun_az}</VALUES></Values_List>
        </Azimuth>
      </Sun_Angles_Grid>
      <Mean_Sun_Angle>
        <ZENITH_ANGLE unit="deg">{sun_zen}</ZENITH_ANGLE>
        <AZIMUTH_ANGLE unit="deg">{sun_az}</AZIMUTH_ANGLE>
      </Mean_Sun_Angle>
      <Mean_Viewing_Incidence_Angle_List>
{views}
      </Mean_Viewing_Incidence_Angle_List>
    </Tile_Angles>
  </n1:Geometric_Info>
  <n1:Quality_Indicators_Info metadataLevel="Standard">
    <Image_Content_QI>
      <CLOUDY_PIXEL_PERCENTAGE>{cloud}</CLOUDY_PIXEL_PERCENTAGE>
    </Image_Content_QI>
  </n1:Quality_Indicators_Info>
</n1:Level-2A_Tile_ID>
"""

#: Bands written per resolution folder (B02 also at 20 m to test "finest wins").
SAFE_LAYOUT = {10: ("B02", "B03", "B04", "B08"),
               20: ("B02", "B05", "B8A", "B11", "B12"),
               60: ("B01", "B09")}


def safe_view_angles():
    """(zenith, azimuth) per band id 0..12 in degrees (azimuths straddle 0/360)."""
    return [(3.0 + 0.2 * k, (356.0 + 1.0 * k) % 360.0) for k in range(13)]


def make_safe(parent, baseline="04.00", offset=-1000, spacecraft="Sentinel-2B",
              start="2021-07-03T10:20:29.024Z", cloud=12.5, sun=(25.9, 147.2)):
    """A SAFE L2A folder; *offset* None writes no BOA_ADD_OFFSET_VALUES_LIST.

    Band B02 at 10 m gets DN 0 (no data) at (0, 0) and B03 65535 (saturated) at (1, 1).
    Returns the .SAFE folder path."""
    bl = baseline.replace(".", "")
    date = start[:10].replace("-", "")
    name = "S2B_MSIL2A_%sT102029_N%s_R065_T33TUL_%sT130009.SAFE" % (date, bl, date)
    safe = Path(parent) / name
    granule = safe / "GRANULE" / ("L2A_T33TUL_A022645_%sT102507" % date)
    img = granule / "IMG_DATA"
    files = []
    for res, bands in SAFE_LAYOUT.items():
        for band in bands:
            dn = safe_dn(band, res)
            if res == 10 and band == "B02":
                dn[0, 0] = 0
            if res == 10 and band == "B03":
                dn[1, 1] = 65535
            stem = "T33TUL_%sT102029_%s_%dm" % (date, band, res)
            write_raster(img / ("R%dm" % res) / (stem + ".jp2"), dn, res,
                         driver="JP2OpenJPEG")
            files.append("GRANULE/%s/IMG_DATA/R%dm/%s" % (granule.name, res, stem))
    stem = "T33TUL_%sT102029_SCL_20m" % date
    write_raster(img / "R20m" / (stem + ".jp2"), safe_scl(), 20, driver="JP2OpenJPEG")
    files.append("GRANULE/%s/IMG_DATA/R20m/%s" % (granule.name, stem))
    (safe / "DATASTRIP").mkdir()
    (safe / "AUX_DATA").mkdir()
    offsets = ""
    if offset is not None:
        offsets = "      <BOA_ADD_OFFSET_VALUES_LIST>\n" + "".join(
            '        <BOA_ADD_OFFSET band_id="%d">%d</BOA_ADD_OFFSET>\n' % (k, offset)
            for k in range(13)) + "      </BOA_ADD_OFFSET_VALUES_LIST>"
    image_files = "\n".join("            <IMAGE_FILE>%s</IMAGE_FILE>" % f for f in files)
    (safe / "MTD_MSIL2A.xml").write_text(_MTD_L2A.format(
        start=start, name=name, baseline=baseline, bl=bl, spacecraft=spacecraft,
        image_files=image_files, offsets=offsets, cloud=cloud))
    views = "\n".join(
        '        <Mean_Viewing_Incidence_Angle bandId="%d">\n'
        '          <ZENITH_ANGLE unit="deg">%r</ZENITH_ANGLE>\n'
        '          <AZIMUTH_ANGLE unit="deg">%r</AZIMUTH_ANGLE>\n'
        '        </Mean_Viewing_Incidence_Angle>' % (k, z, a)
        for k, (z, a) in enumerate(safe_view_angles()))
    (granule / "MTD_TL.xml").write_text(_MTD_TL.format(
        bl=bl, start=start, sun_zen=sun[0], sun_az=sun[1], views=views, cloud=cloud))
    (granule / "QI_DATA").mkdir()
    return safe


# --------------------------------------------------------------------------- Theia

_MTD_THEIA = """<?xml version="1.0" encoding="UTF-8"?>
<Muscate_Metadata_Document>
  <Dataset_Identification>
    <IDENTIFIER>{name}</IDENTIFIER>
    <AUTHORITY>THEIA</AUTHORITY>
    <PRODUCER>MUSCATE</PRODUCER>
    <PROJECT>SENTINEL2</PROJECT>
    <GEOGRAPHICAL_ZONE type="Tile">T31TCJ</GEOGRAPHICAL_ZONE>
  </Dataset_Identification>
  <Product_Characteristics>
    <PRODUCT_ID>{name}</PRODUCT_ID>
    <ACQUISITION_DATE>{acq}</ACQUISITION_DATE>
    <PRODUCTION_DATE>2018-05-03T04:30:26.184Z</PRODUCTION_DATE>
    <PRODUCT_VERSION>2.2</PRODUCT_VERSION>
    <PRODUCT_LEVEL>L2A</PRODUCT_LEVEL>
    <PLATFORM>{platform}</PLATFORM>
    <SPECTRAL_CONTENT>XS</SPECTRAL_CONTENT>
    <ORBIT_NUMBER type="Orbit">14919</ORBIT_NUMBER>
  </Product_Characteristics>
  <Product_Organisation>
    <Muscate_Product>
      <Image_List>
        <Image>
          <Image_Properties>
            <NATURE>Flat_Reflectance</NATURE>
            <FORMAT>image/tiff</FORMAT>
            <ENCODING>int16</ENCODING>
          </Image_Properties>
          <Image_File_List>
{image_files}
          </Image_File_List>
        </Image>
      </Image_List>
    </Muscate_Product>
  </Product_Organisation>
  <Radiometric_Informations>
    <REFLECTANCE_QUANTIFICATION_VALUE>10000</REFLECTANCE_QUANTIFICATION_VALUE>
    <Special_Values_List>
      <SPECIAL_VALUE name="nodata">-10000</SPECIAL_VALUE>
      <SPECIAL_VALUE name="water_vapor_content_nodata">0</SPECIAL_VALUE>
    </Special_Values_List>
  </Radiometric_Informations>
  <Geometric_Informations>
    <Mean_Value_List>
      <Sun_Angles>
        <ZENITH_ANGLE unit="deg">{sun_zen}</ZENITH_ANGLE>
        <AZIMUTH_ANGLE unit="deg">{sun_az}</AZIMUTH_ANGLE>
      </Sun_Angles>
      <Mean_Viewing_Incidence_Angle_List>
{views}
      </Mean_Viewing_Incidence_Angle_List>
    </Mean_Value_List>
    <Angles_Grids_List>
      <Sun_Angles_Grids>
        <Zenith>
          <COL_STEP unit="m">5000</COL_STEP>
          <ROW_STEP unit="m">5000</ROW_STEP>
          <Values_List><VALUES>99 99</VALUES></Values_List>
        </Zenith>
      </Sun_Angles_Grids>
    </Angles_Grids_List>
  </Geometric_Informations>
  <Quality_Informations>
    <Current_Product>
      <Product_Quality_List level="N">
        <Product_Quality>
          <Global_Index_List>
            <QUALITY_INDEX name="CloudPercent">{cloud}</QUALITY_INDEX>
            <QUALITY_INDEX name="SnowPercent">0</QUALITY_INDEX>
          </Global_Index_List>
        </Product_Quality>
      </Product_Quality_List>
    </Current_Product>
  </Quality_Informations>
</Muscate_Metadata_Document>
"""

THEIA_R1 = ("B2", "B3", "B4", "B8")
THEIA_R2 = ("B5", "B6", "B7", "B8A", "B11", "B12")
THEIA_VIEWS = {"B2": (4.0, 100.0), "B4": (4.5, 102.0), "B8A": (5.0, 104.0)}


def theia_dn(band: str) -> np.ndarray:
    """int16 FRE values (reflectance x 10000) with -10000 no data at (0, 1) [R1] or
    (0, 0) [R2]."""
    res = 10 if band in THEIA_R1 else 20
    rng = np.random.default_rng((THEIA_R1 + THEIA_R2).index(band) + 500)
    arr = rng.integers(50, 6000, size=(n_for(res),) * 2).astype(np.int16)
    if res == 10:
        arr[0, 1] = -10000
    else:
        arr[0, 0] = -10000
    return arr


def theia_masks():
    """(CLM_R1, EDG_R1, CLM_R2, EDG_R2) uint8 arrays."""
    clm1 = np.zeros((12, 12), np.uint8)
    clm1[5:7, 5:7] = 2      # cloud bit
    clm1[9, 2] = 8          # shadow bit
    edg1 = np.zeros((12, 12), np.uint8)
    edg1[:, 11] = 1         # right edge
    clm2 = np.zeros((6, 6), np.uint8)
    clm2[2:4, 2:4] = 2
    edg2 = np.zeros((6, 6), np.uint8)
    edg2[5, :] = 1          # bottom edge at 20 m only
    return clm1, edg1, clm2, edg2


def make_theia(parent, platform="SENTINEL2A", acq="2018-05-01T10:44:12.459Z",
               cloud=17, sun=(33.6, 150.1)):
    """A Theia/MAJA L2A folder. Returns its path."""
    d = acq[:10].replace("-", "")
    name = "%s_%s-104412-459_L2A_T31TCJ_C_V2-2" % (platform, d)
    folder = Path(parent) / name
    files = []
    for band in THEIA_R1 + THEIA_R2:
        res = 10 if band in THEIA_R1 else 20
        fname = "%s_FRE_%s.tif" % (name, band)
        write_raster(folder / fname, theia_dn(band), res, crs="EPSG:32631",
                     nodata=-10000)
        files.append('            <IMAGE_FILE band_id="%s">%s</IMAGE_FILE>' % (band, fname))
    # SRE files must be ignored (different values)
    write_raster(folder / ("%s_SRE_B2.tif" % name), np.full((12, 12), 7, np.int16), 10,
                 crs="EPSG:32631", nodata=-10000)
    for kind, arr, res in zip(("CLM_R1", "EDG_R1", "CLM_R2", "EDG_R2"), theia_masks(),
                              (10, 10, 20, 20)):
        write_raster(folder / "MASKS" / ("%s_%s.tif" % (name, kind)), arr, res,
                     crs="EPSG:32631")
    views = "\n".join(
        '        <Mean_Viewing_Incidence_Angle band_id="%s">\n'
        '          <ZENITH_ANGLE unit="deg">%r</ZENITH_ANGLE>\n'
        '          <AZIMUTH_ANGLE unit="deg">%r</AZIMUTH_ANGLE>\n'
        '        </Mean_Viewing_Incidence_Angle>' % (b, z, a)
        for b, (z, a) in THEIA_VIEWS.items())
    (folder / ("%s_MTD_ALL.xml" % name)).write_text(_MTD_THEIA.format(
        name=name, acq=acq, platform=platform, image_files="\n".join(files),
        sun_zen=sun[0], sun_az=sun[1], views=views, cloud=cloud))
    (folder / ("%s_QKL_ALL.jpg" % name)).write_bytes(b"\xff\xd8\xff\xd9")
    return folder


# --------------------------------------------------------------------------- GeoTIFF

def make_geotiff(path, arrays, descriptions, tags=None, band_tags=None, nodata=None,
                 scales=None, offsets=None, res=10, crs="EPSG:32633"):
    """Multiband GeoTIFF from equal-shape arrays with band descriptions and tags."""
    path = Path(path)
    arr = np.stack(arrays)
    profile = dict(driver="GTiff", width=arr.shape[2], height=arr.shape[1],
                   count=arr.shape[0], dtype=arr.dtype.name, crs=CRS.from_string(crs),
                   transform=from_origin(UL_X, UL_Y, res, res))
    if nodata is not None:
        profile["nodata"] = nodata
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(arr)
        for i, d in enumerate(descriptions, 1):
            if d is not None:
                dst.set_band_description(i, d)
        if tags:
            dst.update_tags(**tags)
        for i, t in (band_tags or {}).items():
            dst.update_tags(i, **t)
        if scales is not None:
            dst.scales = scales
        if offsets is not None:
            dst.offsets = offsets
    return path
