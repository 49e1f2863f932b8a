/// The fixed parts of the HTML report: its style sheet and its one script (layer toggles, pan and zoom, filters, a
/// finding's row zooming to its mark). Neither holds anything from a pack: the script reads the page's own
/// attributes, whose values the renderer escaped.
enum HTMLPage {
    /// The style sheet.
    static let style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
        header{padding:16px 24px;color:#fff}header.pass{background:#1e7d32}header.fail{background:#b3261e}
        header h1{margin:0 0 4px;font-size:22px}header p{margin:2px 0}header code{color:#fff}
        section{padding:8px 24px}h2{font-size:17px;margin:12px 0 8px}
        .views{display:flex;flex-wrap:wrap;gap:16px}figure{margin:0;flex:1 1 420px;min-width:320px}
        figcaption{font-weight:600;margin-bottom:4px}svg.board{width:100%;height:auto;max-height:75vh;
        background:#0b1a12;border-radius:6px;cursor:grab;touch-action:none}
        .toggles label{margin-right:12px}.hint{color:#666;font-size:12px}
        circle.marker.active{stroke:#fff;stroke-width:0.4}
        table{border-collapse:collapse;width:100%;background:#fff}th,td{border-bottom:1px solid #e3e3e3;
        padding:6px 8px;text-align:left;vertical-align:top}tr.error td:first-child{color:#b3261e;font-weight:600}
        tr.warning td:first-child{color:#8a6d00;font-weight:600}tr[data-marker]{cursor:pointer}
        tr[data-marker]:hover{background:#f0f4ff}.at,.designators{color:#555;font-size:12px}
        .filters{margin-bottom:8px}pre{white-space:pre-wrap;background:#fff;padding:12px;border:1px solid #e3e3e3}
        #findings td:nth-child(3){max-width:260px;word-break:break-word}#findings td:nth-child(5){min-width:240px}
        .note{color:#555}.legend span{display:inline-block;margin:4px 10px 4px 0;padding:0 6px;border-radius:3px;
        background:#0b1a12;font-size:12px}.legend .on-pads{color:#34c759}.legend .off-pads{color:#ff3b30}.legend .not-centred{color:#ff6b9a}
        .legend .not-in-bom{color:#ff9500}.legend .dnp{color:#8e8e93}.legend .explained{color:#5ac8fa}
        .legend .placed{color:#fff}
        """

    /// The script.
    static let script = """
        (function(){
        var boards=[].slice.call(document.querySelectorAll('svg.board'));
        boards.forEach(function(svg){
          var base=svg.getAttribute('viewBox').split(' ').map(Number),view=base.slice(),drag=null;
          function set(){svg.setAttribute('viewBox',view.join(' '));}
          svg.addEventListener('wheel',function(e){e.preventDefault();var r=svg.getBoundingClientRect();
            var fx=(e.clientX-r.left)/r.width,fy=(e.clientY-r.top)/r.height,k=e.deltaY<0?0.8:1.25;
            var w=view[2]*k,h=view[3]*k;view=[view[0]+(view[2]-w)*fx,view[1]+(view[3]-h)*fy,w,h];set();},{passive:false});
          svg.addEventListener('pointerdown',function(e){drag=[e.clientX,e.clientY,view[0],view[1]];svg.setPointerCapture(e.pointerId);});
          svg.addEventListener('pointermove',function(e){if(!drag)return;var r=svg.getBoundingClientRect();
            view[0]=drag[2]-(e.clientX-drag[0])*view[2]/r.width;view[1]=drag[3]-(e.clientY-drag[1])*view[3]/r.height;set();});
          svg.addEventListener('pointerup',function(){drag=null;});
          svg.addEventListener('dblclick',function(){view=base.slice();set();});
          svg.zoomTo=function(x,y){var mirror=svg.classList.contains('bottom')?-1:1,size=Math.max(base[2],base[3])/8;
            view=[mirror*x-size/2,-y-size/2,size,size];set();};
        });
        [].slice.call(document.querySelectorAll('input[data-kind]')).forEach(function(box){
          box.addEventListener('change',function(){var kind=box.getAttribute('data-kind');
            [].slice.call(document.querySelectorAll('g.layer.'+kind)).forEach(function(g){g.style.display=box.checked?'':'none';});});
        });
        var severity=document.getElementById('severity'),file=document.getElementById('file');
        function filter(){[].slice.call(document.querySelectorAll('#findings tbody tr')).forEach(function(row){
          var show=(!severity.value||row.getAttribute('data-severity')===severity.value)&&(!file.value||row.getAttribute('data-file')===file.value);
          row.style.display=show?'':'none';});}
        if(severity){severity.addEventListener('change',filter);file.addEventListener('change',filter);}
        [].slice.call(document.querySelectorAll('tr[data-marker]')).forEach(function(row){
          function go(){var id=row.getAttribute('data-marker'),x=Number(row.getAttribute('data-x')),y=Number(row.getAttribute('data-y'));
            boards.forEach(function(svg){svg.zoomTo(x,y);});
            [].slice.call(document.querySelectorAll('circle.marker')).forEach(function(c){c.classList.toggle('active',c.getAttribute('data-marker')===id);});
            document.getElementById('board').scrollIntoView({behavior:'smooth'});}
          row.addEventListener('click',go);row.addEventListener('keydown',function(e){if(e.key==='Enter')go();});
        });
        })();
        """
}
