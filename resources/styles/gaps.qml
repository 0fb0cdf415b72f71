<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis maxScale="0" version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields|MapTips|Rendering" hasScaleBasedVisibilityFlag="0" minScale="1e+08">
  <fieldConfiguration>
    <field configurationFlags="None" name="user_id"/>
    <field configurationFlags="None" name="start_time"/>
    <field configurationFlags="None" name="end_time"/>
    <field configurationFlags="None" name="duration_s"/>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="user_id" name=""/>
    <alias index="1" field="start_time" name=""/>
    <alias index="2" field="end_time" name=""/>
    <alias index="3" field="duration_s" name=""/>
  </aliases>
  <defaults>
    <default field="user_id" applyOnUpdate="0" expression=""/>
    <default field="start_time" applyOnUpdate="0" expression=""/>
    <default field="end_time" applyOnUpdate="0" expression=""/>
    <default field="duration_s" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint notnull_strength="0" field="user_id" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="start_time" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="end_time" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="duration_s" exp_strength="0" constraints="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="user_id" exp="" desc=""/>
    <constraint field="start_time" exp="" desc=""/>
    <constraint field="end_time" exp="" desc=""/>
    <constraint field="duration_s" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <mapTip></mapTip>
  <layerGeometryType>4</layerGeometryType>
</qgis>
