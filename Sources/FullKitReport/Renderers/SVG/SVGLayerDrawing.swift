import FullKitCore

/// One layer's image as SVG elements: its objects in runs of one polarity, each run one filled path (flashes,
/// regions, rectangle draws) and one stroked path per line width (round-aperture draws and arcs), so that the element
/// count follows the apertures, not the objects. A clear run erases what the runs before it drew, through a mask.
struct SVGLayerDrawing {
    /// The image drawn.
    let image: GerberImage
    /// The drawing's box, in mm, which masks cover with room to spare.
    let extent: Extent

    /// The deepest block apertures are followed into one another.
    static let maximumBlockDepth = 8

    /// The longest path data one element holds, in bytes: longer ones are split, since XML readers (libxml2) refuse
    /// an attribute past 10 MB.
    static let maximumPathData = 1 << 20

    /// The layer's elements in `colour`; masks get ids starting with `idPrefix`.
    func elements(colour: String, idPrefix: String) -> String {
        var body = ""
        for (number, run) in runs(of: flattened()).enumerated() {
            if run.dark {
                body += paths(run.objects, colour: colour)
            } else if !body.isEmpty {
                let id = "\(idPrefix)-m\(number)"
                // The mask's region is the box itself: its default (−10 % … 120 % of the viewport) is measured from
                // the user space's origin, and would clip a board far from (0, 0).
                body =
                    "<mask id=\"\(id)\" maskUnits=\"userSpaceOnUse\" \(boxAttributes)>\(rect(fill: "#fff"))"
                    + "\(paths(run.objects, colour: "#000"))</mask><g mask=\"url(#\(id))\">\(body)</g>"
            }
        }
        return body
    }

    /// A rectangle over what a mask covers.
    private func rect(fill: String) -> String { "<rect \(boxAttributes) fill=\"\(fill)\"/>" }

    /// `x`, `y`, `width` and `height` of what a mask covers: the extent grown by a tenth of its size and 10 mm on
    /// every side, past the drawing's own margin (2 % and 1 mm), so that a layer reaching beyond the board is not
    /// clipped where it can be seen.
    private var boxAttributes: String {
        let margin = max(extent.width, extent.height) * 0.1 + 10
        let box = Extent(
            minX: extent.minX - margin, minY: extent.minY - margin, maxX: extent.maxX + margin,
            maxY: extent.maxY + margin)
        return
            "x=\"\(SVGPath.format(box.minX))\" y=\"\(SVGPath.format(box.minY))\" width=\"\(SVGPath.format(box.width))\" height=\"\(SVGPath.format(box.height))\""
    }

    /// The image's objects with each flash of a block aperture replaced by the block's objects, moved to the flash
    /// point (a clear flash turns the block's polarities over).
    private func flattened() -> [ImageObject] {
        var result: [ImageObject] = []
        func add(_ objects: [ImageObject], depth: Int, move: (BoardPoint) -> BoardPoint, inverted: Bool) {
            for object in objects {
                guard result.count < GerberImage.maximumObjects else { return }
                if case .flash(let code, let at, let transform, let dark) = object,
                    case .block(let inner) = image.apertures[code], depth < Self.maximumBlockDepth
                {
                    let origin = move(at)
                    add(
                        inner, depth: depth + 1,
                        move: { point in
                            let turned = transform.apply(x: point.x, y: point.y)
                            return BoardPoint(x: origin.x + turned.x, y: origin.y + turned.y)
                        }, inverted: inverted != !dark)
                    continue
                }
                let moved = object.mapped(move)
                result.append(inverted ? moved.inverted : moved)
            }
        }
        add(image.objects, depth: 0, move: { $0 }, inverted: false)
        return result
    }

    /// `objects` in runs of one polarity.
    private func runs(of objects: [ImageObject]) -> [(dark: Bool, objects: [ImageObject])] {
        var runs: [(dark: Bool, objects: [ImageObject])] = []
        for object in objects {
            if runs.last?.dark == object.isDark {
                runs[runs.count - 1].objects.append(object)
            } else {
                runs.append((object.isDark, [object]))
            }
        }
        return runs
    }

    /// The paths of one run: the fill, then a stroke per width (each split where it grows past
    /// `maximumPathData`).
    private func paths(_ objects: [ImageObject], colour: String) -> String {
        var fill = SVGPath()
        var strokes: [Double: SVGPath] = [:]
        var text = ""
        func fillElement(_ path: SVGPath) -> String { "<path fill=\"\(colour)\" d=\"\(path.data)\"/>" }
        func strokeElement(_ width: Double, _ path: SVGPath) -> String {
            "<path fill=\"none\" stroke=\"\(colour)\" stroke-width=\"\(SVGPath.format(width))\" stroke-linecap=\"round\" stroke-linejoin=\"round\" d=\"\(path.data)\"/>"
        }
        for object in objects {
            if fill.data.utf8.count > Self.maximumPathData {
                text += fillElement(fill)
                fill = SVGPath()
            }
            switch object {
            case .flash(let code, let at, let transform, _):
                guard let shape = image.apertures[code] else { continue }
                SVGApertureShapes.flash(shape, at: at, transform: transform, into: &fill)
            case .stroke(let code, let from, let step, let transform, _):
                guard let shape = image.apertures[code] else { continue }
                if case .rectangle(let width, let height, _) = shape, case .line(let to) = step {
                    fill.polygon(
                        SVGApertureShapes.sweptRectangle(
                            width: width * transform.scale, height: height * transform.scale, from: from, to: to))
                    continue
                }
                let width = SVGApertureShapes.strokeWidth(shape) * transform.scale
                guard width > 0 else { continue }
                strokes[width, default: SVGPath()].stroke(from: from, step)
                if strokes[width]!.data.utf8.count > Self.maximumPathData {
                    text += strokeElement(width, strokes[width]!)
                    strokes[width] = SVGPath()
                }
            case .region(let contours, _):
                for contour in contours { fill.contour(contour) }
            }
        }
        if !fill.isEmpty { text += fillElement(fill) }
        for (width, path) in strokes.sorted(by: { $0.key < $1.key }) where !path.isEmpty {
            text += strokeElement(width, path)
        }
        return text
    }
}
