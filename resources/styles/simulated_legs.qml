<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Rendering" hasScaleBasedVisibilityFlag="0" minScale="100000000" maxScale="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyAlgorithm="0" simplifyMaxScale="1" symbologyReferenceScale="-1">
  <renderer-v2 attr="mode" forceraster="0" symbollevels="0" type="categorizedSymbol" enableorderby="0" referencescale="-1">
    <categories>
      <category value="walk" symbol="0" label="Walk" render="true"/>
      <category value="bike" symbol="1" label="Bike" render="true"/>
      <category value="ebike" symbol="2" label="E-bike" render="true"/>
      <category value="escooter" symbol="3" label="E-scooter" render="true"/>
      <category value="car" symbol="4" label="Car (driver)" render="true"/>
      <category value="carpool" symbol="5" label="Carpool" render="true"/>
      <category value="bus" symbol="6" label="Bus" render="true"/>
      <category value="" symbol="7" label="Other" render="true"/>
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
            <Option value="77,175,74,255" name="line_color" type="QString"/>
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
          <prop v="77,175,74,255" k="line_color"/>
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
            <Option value="166,216,84,255" name="line_color" type="QString"/>
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
          <prop v="166,216,84,255" k="line_color"/>
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
            <Option value="102,194,165,255" name="line_color" type="QString"/>
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
          <prop v="102,194,165,255" k="line_color"/>
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
            <Option value="27,158,119,255" name="line_color" type="QString"/>
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
          <prop v="27,158,119,255" k="line_color"/>
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
            <Option value="228,26,28,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="0.9" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="228,26,28,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="0.9" k="line_width"/>
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
            <Option value="255,127,0,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="0.9" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="255,127,0,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="0.9" k="line_width"/>
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
            <Option value="55,126,184,255" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="1.1" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
          </Option>
          <prop v="round" k="capstyle"/>
          <prop v="round" k="joinstyle"/>
          <prop v="55,126,184,255" k="line_color"/>
          <prop v="solid" k="line_style"/>
          <prop v="1.1" k="line_width"/>
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
            <Option value="189,189,189,255" name="line_color" type="QString"/>
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
          <prop v="189,189,189,255" k="line_color"/>
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
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerGeometryType>1</layerGeometryType>
</qgis>
