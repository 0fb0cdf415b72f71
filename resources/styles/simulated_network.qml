<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Rendering" hasScaleBasedVisibilityFlag="0" minScale="100000000" maxScale="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyAlgorithm="0" simplifyMaxScale="1" symbologyReferenceScale="-1">
  <renderer-v2 attr="highway" forceraster="0" symbollevels="0" type="categorizedSymbol" enableorderby="0" referencescale="-1">
    <categories>
      <category value="primary" symbol="0" label="Primary road" render="true"/>
      <category value="primary_link" symbol="1" label="Primary road" render="true"/>
      <category value="secondary" symbol="2" label="Secondary road" render="true"/>
      <category value="tertiary" symbol="3" label="Tertiary road" render="true"/>
      <category value="tertiary_link" symbol="4" label="Tertiary road" render="true"/>
      <category value="residential" symbol="5" label="Residential street" render="true"/>
      <category value="unclassified" symbol="6" label="Minor street" render="true"/>
      <category value="living_street" symbol="7" label="Living street" render="true"/>
      <category value="service" symbol="8" label="Service road" render="true"/>
      <category value="pedestrian" symbol="9" label="Pedestrian street" render="true"/>
      <category value="cycleway" symbol="10" label="Cycleway" render="true"/>
      <category value="path" symbol="11" label="Path" render="true"/>
      <category value="" symbol="12" label="Other road" render="true"/>
    </categories>
    <symbols>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="0" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="90,90,90,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="1.2" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="90,90,90,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="1.2" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="5;2" k="customdash"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="use_custom_dash"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="1" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="90,90,90,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="1.0" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="90,90,90,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="1.0" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="5;2" k="customdash"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="use_custom_dash"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="2" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="110,110,110,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="1.0" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="110,110,110,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="1.0" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="5;2" k="customdash"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="use_custom_dash"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="3" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="130,130,130,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="0.8" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="130,130,130,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="0.8" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="5;2" k="customdash"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="use_custom_dash"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="4" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="130,130,130,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="0.7" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="130,130,130,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="0.7" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="5;2" k="customdash"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="use_custom_dash"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="5" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="160,160,160,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="0.5" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="160,160,160,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="0.5" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="5;2" k="customdash"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="use_custom_dash"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="6" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="160,160,160,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="0.5" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="160,160,160,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="0.5" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="5;2" k="customdash"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="use_custom_dash"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="7" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="170,170,170,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="0.4" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="170,170,170,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="0.4" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="5;2" k="customdash"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="use_custom_dash"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="8" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="190,190,190,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="0.3" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="190,190,190,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="0.3" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="5;2" k="customdash"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="use_custom_dash"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="9" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="200,170,120,255" name="line_color" type="QString"/>
            <Option value="dot" name="line_style" type="QString"/>
            <Option value="0.6" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="200,170,120,255" k="line_color"/>
          <prop v="dot" k="line_style"/>
          <prop v="0.6" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="5;2" k="customdash"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="use_custom_dash"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="10" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="60,140,200,255" name="line_color" type="QString"/>
            <Option value="dash" name="line_style" type="QString"/>
            <Option value="0.4" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="60,140,200,255" k="line_color"/>
          <prop v="dash" k="line_style"/>
          <prop v="0.4" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="5;2" k="customdash"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="use_custom_dash"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="11" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="170,140,100,255" name="line_color" type="QString"/>
            <Option value="dot" name="line_style" type="QString"/>
            <Option value="0.3" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="170,140,100,255" k="line_color"/>
          <prop v="dot" k="line_style"/>
          <prop v="0.3" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="5;2" k="customdash"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="use_custom_dash"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="12" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option value="round" name="capstyle" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="180,180,180,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="0.4" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="180,180,180,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="0.4" k="line_width"/>
          <prop v="MM" k="line_width_unit"/>
          <prop v="0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="5;2" k="customdash"/>
          <prop v="MM" k="customdash_unit"/>
          <prop v="0" k="use_custom_dash"/>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerGeometryType>1</layerGeometryType>
</qgis>
